package dev.stagecraft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.analysis.GraphAnalysis;
import dev.stagecraft.analysis.NaiveBlastRadius;
import dev.stagecraft.model.GraphSnapshot;
import dev.stagecraft.synthetic.GraphGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The fast JSON writer prints the same blast-radius maps as one naive BFS per component would. */
class AnalysisJsonWriterTest {
    @ParameterizedTest
    @CsvSource({"300, 1200, 1, 67108864", "300, 600, 2, 67108864", "5000, 20000, 3, 67108864",
            "5000, 20000, 4, 20000", "2000, 9000, 5, 0"})
    void blastRadiusMapsMatchTheNaiveReference(int components, int dependencies, long seed, long maxKept)
            throws IOException {
        GraphSnapshot s = GraphGenerator.generate(components, dependencies, seed).snapshot();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AnalysisJsonWriter(GraphAnalysis.of(s), maxKept).write(out, -1);
        String written = out.toString(StandardCharsets.UTF_8);

        NaiveBlastRadius naive = new NaiveBlastRadius(s);
        List<String> ids = new ArrayList<>();
        for (int v = 0; v < s.size(); v++) {
            ids.add(s.id(v));
        }
        ids.sort(null);
        StringBuilder expected = new StringBuilder("{\"components\":").append(s.size())
                .append(",\"dependencies\":").append(s.edgeCount());
        map(expected, "blastRadius", ids, naive::affected);
        map(expected, "outage", ids, naive::outage);
        map(expected, "degraded", ids, naive::degraded);
        expected.append(",\"cycles\":");
        assertTrue(written.startsWith(expected.toString()),
                "the maps differ from the reference; first " + Math.min(200, written.length()) + " chars: "
                        + written.substring(0, Math.min(200, written.length())));
        assertEquals('\n', written.charAt(written.length() - 1));
    }

    private static void map(StringBuilder b, String name, List<String> ids, Function<String, List<String>> set) {
        b.append(",\"").append(name).append("\":{");
        for (int i = 0; i < ids.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append('"').append(ids.get(i)).append("\":[");
            List<String> members = new ArrayList<>(set.apply(ids.get(i)));
            members.sort(null);
            for (int k = 0; k < members.size(); k++) {
                if (k > 0) {
                    b.append(',');
                }
                b.append('"').append(members.get(k)).append('"');
            }
            b.append(']');
        }
        b.append('}');
    }
}
