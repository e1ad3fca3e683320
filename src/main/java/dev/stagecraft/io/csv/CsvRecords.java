package dev.stagecraft.io.csv;

import dev.stagecraft.io.GraphFormatException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text (RFC 4180: comma separated, fields optionally in double quotes, {@code ""} for a quote,
 * line breaks inside quotes allowed) into records, remembering where each field starts. Blank lines and
 * lines starting with {@code #} are skipped. O(length).
 */
final class CsvRecords {
    /** One field and its 1-based place. */
    record Field(String text, int line, int column) {
    }

    private CsvRecords() {
    }

    static List<List<Field>> parse(String text, String file) {
        List<List<Field>> records = new ArrayList<>();
        List<Field> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int col = 1;
        int fieldLine = 1;
        int fieldCol = 1;
        boolean quoted = false;
        boolean wasQuoted = false;
        boolean lineStart = true;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (lineStart && !quoted && (c == '#' || c == '\n' || c == '\r')) {
                int end = text.indexOf('\n', i);
                i = end < 0 ? n : end;
                line++;
                col = 1;
                fieldLine = line;
                fieldCol = 1;
                continue;
            }
            lineStart = false;
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                        col++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                    if (c == '\n') {
                        line++;
                        col = 0;
                    }
                }
            } else if (c == '"') {
                if (field.length() > 0 || wasQuoted) {
                    throw new GraphFormatException(file, line, col, "a quote inside an unquoted field;"
                            + " quote the whole field and double the quote (\"\")");
                }
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                record.add(new Field(field.toString(), fieldLine, fieldCol));
                field.setLength(0);
                wasQuoted = false;
                fieldLine = line;
                fieldCol = col + 1;
            } else if (c == '\n' || c == '\r') {
                record.add(new Field(field.toString(), fieldLine, fieldCol));
                records.add(record);
                record = new ArrayList<>();
                field.setLength(0);
                wasQuoted = false;
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                col = 1;
                fieldLine = line;
                fieldCol = 1;
                lineStart = true;
                continue;
            } else {
                if (wasQuoted) {
                    throw new GraphFormatException(file, line, col, "text after a closing quote;"
                            + " the field must end at the quote");
                }
                field.append(c);
            }
            col++;
        }
        if (quoted) {
            throw new GraphFormatException(file, fieldLine, fieldCol, "a quoted field that starts here is never closed");
        }
        if (field.length() > 0 || !record.isEmpty() || wasQuoted) {
            record.add(new Field(field.toString(), fieldLine, fieldCol));
            records.add(record);
        }
        return records;
    }
}
