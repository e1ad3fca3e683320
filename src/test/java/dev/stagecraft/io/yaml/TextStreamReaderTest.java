package dev.stagecraft.io.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;

/** The linear reader gives SnakeYAML's parser exactly what SnakeYAML's own reader gives it. */
class TextStreamReaderTest {
    /** Every event with its marks, then the class and problem of the error that ended the stream, if any. */
    private static List<String> events(StreamReader reader, int codePointLimit) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(codePointLimit);
        ParserImpl parser = new ParserImpl(reader, options);
        List<String> out = new ArrayList<>();
        try {
            while (parser.peekEvent() != null) {
                Event e = parser.getEvent();
                out.add(e + " " + place(e.getStartMark()) + "-" + place(e.getEndMark()));
                if (e.is(Event.ID.StreamEnd)) {
                    break;
                }
            }
        } catch (MarkedYAMLException e) {
            // the message's snippet shows the reader's buffer around the mark: SnakeYAML's is its window, ours the text
            out.add(e.getClass().getSimpleName() + ": " + e.getContext() + " " + place(e.getContextMark()) + " "
                    + e.getProblem() + " " + place(e.getProblemMark()));
        } catch (ReaderException e) {
            // SnakeYAML counts the position inside its 1,024-character window; ours counts from the start
            out.add("ReaderException: " + e.getCodePoint());
        } catch (YAMLException e) {
            out.add(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        return out;
    }

    private static String place(Mark m) {
        return m == null ? "-" : m.getLine() + ":" + m.getColumn() + "@" + m.getIndex();
    }

    private static void assertSame(String text) {
        assertSame(text, 3_145_728);
    }

    private static void assertSame(String text, int limit) {
        assertEquals(events(new StreamReader(text), limit), events(new TextStreamReader(text), limit), text);
    }

    @Test
    void sampleAndTestFilesGiveTheSameEvents() throws IOException {
        for (Path root : List.of(Path.of("sample-graphs"), Path.of("src/test/resources"))) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path file : walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                    assertSame(Files.readString(file));
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "a: 1\r\nb: [x, \"y\\u00e9\"]\r", "\uFEFFa: b\n", "k: \uD83D\uDE00 smile\n",
            "a: b\u0001c\n", "a: b\u0085c\u2028d\n", "x: |\n  lit\n   eral\n", "- 'it''s'\n- \"\\x41\"\n",
            "a: [unclosed\n", "a: &x 1\nb: *x\n", "---\na: 1\n---\nb: 2\n...\n"})
    void awkwardTextsGiveTheSameEventsAndErrors(String text) {
        assertSame(text);
    }

    @Test
    void aControlCharacterAfterTheFirstBlockIsFoundAtTheSameEvent() {
        assertSame("a: " + "x".repeat(3000) + "\nb: c\u0007\n");
        assertSame("list:\n" + "  - item\n".repeat(500) + "  - bad\u0000\n");
    }

    @Test
    void theCodePointLimitIsReachedAtTheSameEvent() {
        assertSame("a: 1\n".repeat(1000), 2000);
    }

    @Test
    void randomYamlLikeTextsGiveTheSameEvents() {
        SplittableRandom random = new SplittableRandom(8);
        String[] pieces = {"a", "b: ", "- ", "\n", "  ", "[", "]", "{", "}", ", ", "\"q\"", "'s'", "#c", "\r\n", "é",
            "\uD83D\uDE00", ": ", "|\n", "? ", "\t", "x".repeat(1100)};
        for (int i = 0; i < 300; i++) {
            StringBuilder b = new StringBuilder();
            for (int n = random.nextInt(1, 40); n > 0; n--) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            assertSame(b.toString());
        }
    }
}
