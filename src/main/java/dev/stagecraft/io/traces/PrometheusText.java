package dev.stagecraft.io.traces;

import dev.stagecraft.io.GraphFormatException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Prometheus text exposition format, as far as the service graph needs it: comment lines ({@code # HELP},
 * {@code # TYPE}) skipped, each sample {@code name{label="value",...} number [timestamp]}; the samples of
 * {@link TraceGraphReader#METRIC} are handed on, others ignored. Escapes in label values ({@code \"},
 * {@code \\}, {@code \n}) as the format defines them. Errors name the line and column. O(length).
 */
final class PrometheusText {
    interface Sample {
        void accept(Map<String, String> labels, double value, int line, int column);
    }

    private PrometheusText() {
    }

    static void parse(String text, String file, Sample sink) {
        int lineNo = 0;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            lineNo++;
            String line = text.substring(start, end);
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            sample(line, lineNo, file, sink);
            start = end + 1;
        }
    }

    private static void sample(String line, int lineNo, String file, Sample sink) {
        int i = 0;
        int n = line.length();
        while (i < n && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        if (i == n || line.charAt(i) == '#') {
            return;
        }
        int nameStart = i;
        while (i < n && (Character.isLetterOrDigit(line.charAt(i)) || line.charAt(i) == '_' || line.charAt(i) == ':')) {
            i++;
        }
        if (i == nameStart) {
            throw new GraphFormatException(file, lineNo, i + 1, "expected a metric name");
        }
        String name = line.substring(nameStart, i);
        Map<String, String> labels = new LinkedHashMap<>();
        if (i < n && line.charAt(i) == '{') {
            i++;
            while (true) {
                while (i < n && (line.charAt(i) == ' ' || line.charAt(i) == ',')) {
                    i++;
                }
                if (i < n && line.charAt(i) == '}') {
                    i++;
                    break;
                }
                int keyStart = i;
                while (i < n && (Character.isLetterOrDigit(line.charAt(i)) || line.charAt(i) == '_')) {
                    i++;
                }
                if (i == keyStart || i >= n || line.charAt(i) != '=') {
                    throw new GraphFormatException(file, lineNo, i + 1, "expected label=\"value\" or '}'");
                }
                String key = line.substring(keyStart, i);
                i++;
                if (i >= n || line.charAt(i) != '"') {
                    throw new GraphFormatException(file, lineNo, i + 1, "a label value is quoted");
                }
                i++;
                StringBuilder value = new StringBuilder();
                while (i < n && line.charAt(i) != '"') {
                    char c = line.charAt(i);
                    if (c == '\\' && i + 1 < n) {
                        char e = line.charAt(++i);
                        value.append(e == 'n' ? '\n' : e);
                    } else {
                        value.append(c);
                    }
                    i++;
                }
                if (i >= n) {
                    throw new GraphFormatException(file, lineNo, i + 1, "the label value is not closed");
                }
                i++;
                labels.put(key, value.toString());
            }
        }
        while (i < n && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        int valueStart = i;
        while (i < n && line.charAt(i) != ' ' && line.charAt(i) != '\t') {
            i++;
        }
        String number = line.substring(valueStart, i);
        double value;
        try {
            value = switch (number) {
                case "+Inf", "-Inf", "NaN" -> Double.NaN;
                default -> Double.parseDouble(number);
            };
        } catch (NumberFormatException e) {
            throw new GraphFormatException(file, lineNo, valueStart + 1, "expected the sample's value, found '"
                    + (number.length() > 40 ? number.substring(0, 40) + "\u2026" : number) + "'");
        }
        if (name.equals(TraceGraphReader.METRIC)) {
            if (!(value >= 0) || Double.isInfinite(value)) {
                throw new GraphFormatException(file, lineNo, valueStart + 1, "a request count is a number >= 0");
            }
            sink.accept(labels, value, lineNo, nameStart + 1);
        }
    }
}
