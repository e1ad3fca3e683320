package dev.stagecraft.io.nativeyaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.io.GraphFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that cannot be read at all: one exception naming file, line and column, in words a person understands. */
class MalformedInputTest {
    private static final String HEAD = "apiVersion: stagecraft/v1\nkind: ServiceGraph\n";

    @TempDir
    Path tmp;

    private static GraphFormatException failure(String text) {
        return assertThrows(GraphFormatException.class, () -> NativeGraphReader.read(text, "bad.yaml"));
    }

    private static void assertAt(GraphFormatException e, int line, int column, String... words) {
        assertEquals("bad.yaml", e.file());
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(column, e.column(), e.getMessage());
        assertTrue(e.getMessage().startsWith("bad.yaml:" + line + ":" + column + ": "), e.getMessage());
        for (String w : words) {
            assertTrue(e.getMessage().contains(w), "'" + w + "' in: " + e.getMessage());
        }
    }

    @Test
    void syntaxErrorNamesLineAndColumn() throws IOException {
        GraphFormatException e = assertThrows(GraphFormatException.class,
                () -> NativeGraphReader.read(RoundTripTest.resource("native/broken-syntax.yaml")));
        assertEquals(8, e.line(), e.getMessage());
        assertEquals(7, e.column(), e.getMessage());
        assertEquals("src/test/resources/native/broken-syntax.yaml:8:7: not valid YAML: expected ',' or ']', but got :"
                + " (while parsing a flow sequence that starts at line 7, column 14)", e.getMessage());
    }

    @Test
    void badIndentationIsASyntaxError() {
        assertAt(failure(HEAD + "components:\n  - id: a\n    kind: service\n   tier: 1\n"), 6, 4, "not valid YAML");
    }

    @Test
    void unterminatedQuoteIsASyntaxError() {
        assertAt(failure(HEAD + "metadata:\n  name: \"shop\n"), 5, 1, "not valid YAML", "quoted scalar");
    }

    @Test
    void futureApiVersionSaysWhichIsSupported() {
        assertAt(failure("apiVersion: stagecraft/v2\nkind: ServiceGraph\n"), 1, 13,
                "apiVersion 'stagecraft/v2' is not supported", "stagecraft/v1");
    }

    @Test
    void foreignApiVersionIsRefused() {
        assertAt(failure("apiVersion: apps/v1\nkind: ServiceGraph\n"), 1, 13, "not a Stagecraft graph version",
                "stagecraft/v1");
    }

    @Test
    void missingApiVersionIsRefused() {
        assertAt(failure("kind: ServiceGraph\ncomponents: []\n"), 1, 1, "apiVersion is missing");
    }

    @Test
    void planFileIsNotAGraph() {
        assertAt(failure("apiVersion: stagecraft/v1\nkind: RolloutPlan\n"), 2, 7, "kind 'RolloutPlan' is not a graph");
    }

    @Test
    void sectionOfTheWrongType() {
        assertAt(failure(HEAD + "components:\n  id: a\n"), 4, 3, "components must be a list", "a mapping");
    }

    @Test
    void itemOfTheWrongType() {
        assertAt(failure(HEAD + "components:\n  - auth\n"), 4, 5, "each item of components must be a mapping",
                "the text 'auth'");
    }

    @Test
    void tierThatIsNotANumber() {
        assertAt(failure(HEAD + "components:\n  - id: auth\n    kind: service\n    tier: high\n"), 6, 11,
                "component 'auth': tier must be a whole number, found the text 'high'");
    }

    @Test
    void changingThatIsNotABoolean() {
        assertAt(failure(HEAD + "components:\n  - id: a\n    kind: service\n    changing: maybe\n"), 6, 15,
                "changing must be true or false");
    }

    @Test
    void stagesThatAreNotNumbers() {
        assertAt(failure(HEAD + "components:\n  - id: a\n    kind: service\n    rollout:\n      stages: [1, half]\n"),
                7, 19, "each stage (percent of traffic) must be a whole number");
    }

    @Test
    void rolloutThatIsNotAMapping() {
        assertAt(failure(HEAD + "components:\n  - id: a\n    kind: service\n    rollout: fast\n"), 6, 14,
                "rollout must be a mapping");
    }

    @Test
    void aliasIsRefusedWhereItIsUsed() {
        assertAt(failure(HEAD + "metadata:\n  name: shop\n  description: *n\n"), 5, 16, "the alias *n",
                "not supported");
    }

    @Test
    void scalarAnchorIsRefused() {
        assertAt(failure(HEAD + "metadata:\n  name: &n shop\n"), 4, 9, "the anchor &n", "not supported");
    }

    @Test
    void mappingAnchorIsRefused() {
        assertAt(failure(HEAD + "components:\n  - &base\n    id: a\n    kind: service\n"), 4, 5, "the anchor &base");
    }

    @Test
    void tagIsRefused() {
        assertAt(failure(HEAD + "metadata:\n  name: !!str 12\n"), 4, 9, "the tag tag:yaml.org,2002:str");
    }

    @Test
    void duplicateKeyIsRefusedAtTheSecond() {
        assertAt(failure(HEAD + "components:\n  - id: a\n    kind: service\n    kind: cache\n"), 6, 5,
                "the key 'kind' appears twice", "first at line 5, column 5");
    }

    @Test
    void duplicateSectionIsRefused() {
        assertAt(failure(HEAD + "components: []\ncomponents: []\n"), 4, 1, "the key 'components' appears twice");
    }

    @Test
    void secondDocumentIsRefused() {
        assertAt(failure(HEAD + "---\napiVersion: stagecraft/v1\n"), 4, 1, "second YAML document");
    }

    @Test
    void deepNestingIsRefusedNotOverflowed() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        GraphFormatException e = failure(HEAD + "metadata:\n  x-deep: " + deep + "\n");
        assertEquals(4, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("nested more than 64 levels"), e.getMessage());
    }

    @Test
    void emptyFileIsRefused() {
        assertAt(failure("# just a comment\n"), 1, 1, "holds no graph");
    }

    @Test
    void rootListIsRefused() {
        assertAt(failure("- a\n- b\n"), 1, 1, "a graph file is a mapping", "a list");
    }

    @Test
    void textOverTheLimitIsRefusedBeforeParsing() {
        GraphFormatException e = assertThrows(GraphFormatException.class,
                () -> NativeGraphReader.read(HEAD + "components: []\n", "big.yaml", 20));
        assertEquals("big.yaml: is 60 characters, over the limit of 20 characters for a graph file (a 20,000-component graph"
                + " is about 10 MB); is this really a Stagecraft graph?", e.getMessage());
        assertEquals(0, e.line());
    }

    @Test
    void fileOverTheLimitIsRefusedBeforeReading() throws IOException {
        Path file = tmp.resolve("big.yaml");
        Files.writeString(file, HEAD + "components: []\n");
        GraphFormatException e = assertThrows(GraphFormatException.class, () -> NativeGraphReader.read(file, 20));
        assertTrue(e.getMessage().startsWith(file + ": is 60 bytes, over the limit of 20 bytes"), e.getMessage());
    }

    @Test
    void defaultLimitIs64MiB() {
        assertEquals(64L * 1024 * 1024, NativeGraphReader.DEFAULT_MAX_BYTES);
    }

    @Test
    void invalidUtf8NamesTheByte() throws IOException {
        Path file = tmp.resolve("latin1.yaml");
        Files.write(file, (HEAD + "metadata:\n  name: caf\u00e9\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        GraphFormatException e = assertThrows(GraphFormatException.class, () -> NativeGraphReader.read(file));
        assertEquals(4, e.line());
        assertEquals(12, e.column());
        assertTrue(e.getMessage().contains("byte 0xE9 is not valid UTF-8"), e.getMessage());
    }

    @Test
    void missingFileSaysSo() {
        GraphFormatException e = assertThrows(GraphFormatException.class,
                () -> NativeGraphReader.read(tmp.resolve("nope.yaml")));
        assertEquals(tmp.resolve("nope.yaml") + ": no such file", e.getMessage());
    }

    @Test
    void inMemoryTextIsNamedInput() {
        GraphFormatException e = assertThrows(GraphFormatException.class,
                () -> NativeGraphReader.read("apiVersion: x\n", null));
        assertTrue(e.getMessage().startsWith("<input>:1:13: "), e.getMessage());
    }
}
