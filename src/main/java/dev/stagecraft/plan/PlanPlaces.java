package dev.stagecraft.plan;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * Where a value of a plan text is written, found again by a field path such as
 * {@code steps[3].stages[0].gates[1].max}: the plan is read as a tree without places (fast, and a plan has
 * no errors in the common case), so a problem found in the tree is located by reading the text once more.
 * O(size of the text), only on error.
 */
final class PlanPlaces {
    private PlanPlaces() {
    }

    /** 1-based {line, column} of the value at {@code path} ("" for the root), {-1, -1} when not found. */
    static int[] locate(ObjectMapper mapper, String text, String path) {
        JsonPointer target = pointer(path);
        try (JsonParser parser = mapper.getFactory().createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME || token.isStructEnd()) {
                    continue;
                }
                JsonStreamContext context = parser.getParsingContext();
                if (token.isStructStart()) {
                    context = context.getParent();
                }
                if (context != null && context.pathAsPointer().equals(target)) {
                    JsonLocation at = parser.currentTokenLocation();
                    return new int[] {at.getLineNr(), at.getColumnNr()};
                }
            }
        } catch (IOException e) {
            // the same text was parsed a moment ago; the place stays unknown and the message still names the field
            return new int[] {-1, -1};
        }
        return new int[] {-1, -1};
    }

    /** {@code steps[3].id} as the pointer {@code /steps/3/id}. */
    static JsonPointer pointer(String path) {
        if (path.isEmpty()) {
            return JsonPointer.empty();
        }
        StringBuilder b = new StringBuilder();
        for (String part : path.replaceAll("\\[(\\d+)]", ".$1").split("\\.")) {
            b.append('/').append(part.replace("~", "~0").replace("/", "~1"));
        }
        return JsonPointer.compile(b.toString());
    }
}
