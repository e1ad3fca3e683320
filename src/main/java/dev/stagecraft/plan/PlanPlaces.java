package dev.stagecraft.plan;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where a field path of a plan ({@code steps[3].stages[0].gates[1].max}) is written in its text, by
 * streaming through the text once more with Jackson's parser: the value's place, or for a field that is
 * missing the place of the deepest mapping or list on the path that is there. Only asked once a problem is
 * found, so reading a good plan costs nothing extra. O(size of the text).
 */
final class PlanPlaces {
    private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)]");

    private PlanPlaces() {
    }

    /** The place, {@code null} when the text does not parse or has no line numbers. */
    static JsonLocation locate(JsonFactory factory, String text, String path) {
        try (JsonParser p = factory.createParser(text)) {
            if (p.nextToken() == null) {
                return null;
            }
            JsonLocation best = p.currentTokenLocation();
            for (Object segment : segments(path)) {
                if (!(segment instanceof String key ? enterField(p, key) : enterItem(p, (Integer) segment))) {
                    break;
                }
                best = p.currentTokenLocation();
            }
            return best.getLineNr() > 0 && best.getColumnNr() > 0 ? best : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** At a mapping's start: moves to the value of {@code key}; false (anywhere) when there is none. */
    private static boolean enterField(JsonParser p, String key) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            return false;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            if (name.equals(key)) {
                return true;
            }
            p.skipChildren();
        }
        return false;
    }

    /** At a list's start: moves to item {@code index}; false when the list is shorter. */
    private static boolean enterItem(JsonParser p, int index) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            return false;
        }
        for (int i = 0; p.nextToken() != JsonToken.END_ARRAY && p.currentToken() != null; i++) {
            if (i == index) {
                return true;
            }
            p.skipChildren();
        }
        return false;
    }

    private static List<Object> segments(String path) {
        List<Object> out = new ArrayList<>();
        Matcher m = SEGMENT.matcher(path);
        while (m.find()) {
            out.add(m.group(1) != null ? m.group(1) : (Object) Integer.valueOf(m.group(2)));
        }
        return out;
    }
}
