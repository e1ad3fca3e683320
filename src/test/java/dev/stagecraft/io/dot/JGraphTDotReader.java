package dev.stagecraft.io.dot;

import dev.stagecraft.io.GraphFormatException;
import dev.stagecraft.io.GraphReader;
import dev.stagecraft.io.ImportResult;
import dev.stagecraft.io.LineIndex;
import java.io.StringReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jgrapht.alg.util.Pair;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.ImportException;
import org.jgrapht.nio.dot.DOTEventDrivenImporter;

/**
 * The reference for {@link DotParser}: the same DOT import as {@link DotReader}, with the events delivered by
 * JGraphT's ANTLR-based {@code DOTEventDrivenImporter}. Lives with the tests (and the benchmarks, which compile
 * against the test classes) so that jgrapht-io and ANTLR stay out of the application.
 */
public final class JGraphTDotReader implements GraphReader {
    private static final Pattern ANTLR_PLACE = Pattern.compile("line (\\d+):(\\d+)");

    @Override
    public ImportResult read(String text, String file) {
        DotReader.Statements statements = new DotReader.Statements();
        parse(text, file, statements);
        return DotReader.build(statements, file, new LineIndex(text));
    }

    /** Delivers JGraphT's events for the text, as {@link DotParser#parse()} does its own. */
    static void parse(String text, String file, DotEvents events) {
        DOTEventDrivenImporter importer = new DOTEventDrivenImporter();
        importer.addVertexConsumer(events::vertex);
        importer.addVertexAttributeConsumer((Pair<String, String> p, Attribute a) ->
                events.vertexAttribute(p.getFirst(), p.getSecond(), a == null ? null : a.getValue()));
        importer.addEdgeConsumer(e -> events.edge(e.getFirst(), e.getSecond()));
        importer.addEdgeAttributeConsumer((p, a) -> events.edgeAttribute(p.getSecond(), a == null ? null : a.getValue()));
        importer.addGraphAttributeConsumer((k, a) -> events.graphAttribute(k, a.getValue()));
        try {
            importer.importInput(new StringReader(text));
        } catch (ImportException e) {
            throw locate(e, text, file);
        }
    }

    /** JGraphT reports ANTLR's "line L:C" (C from 0) for syntax errors; a lexer failure carries no place. */
    private static GraphFormatException locate(ImportException e, String text, String file) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        Matcher m = ANTLR_PLACE.matcher(message);
        String detail = message.replaceFirst("^Failed to import DOT graph: ?", "").replaceFirst("line \\d+:\\d+ ?", "");
        if (m.find()) {
            return new GraphFormatException(file, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)) + 1,
                    "not valid DOT: " + detail, e);
        }
        int[] place = DotLexicalCheck.unterminated(text);
        if (place != null) {
            return new GraphFormatException(file, place[0], place[1], "not valid DOT: a string, comment or"
                    + " HTML label that starts here is never closed", e);
        }
        int[] end = DotLexicalCheck.endOf(text);
        return new GraphFormatException(file, end[0], end[1], "not valid DOT: the file ends before the graph does", e);
    }
}
