package dev.stagecraft.io.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.io.GraphFormatException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** YAML anchors, aliases and merge keys as YAML 1.1 gives them, within bounds that refuse an alias bomb. */
class DocumentReaderAliasTest {
    private static Object plain(String yaml) {
        return new DocumentReader("t.yaml").yaml(yaml).get(0).toPlain();
    }

    @Test
    void anAliasStandsForItsAnchoredValue() {
        DocNode.Mapping root = (DocNode.Mapping) new DocumentReader("t.yaml")
                .yaml("base: &b {image: nginx, ports: [80]}\ncopy: *b\nname: &n web\nagain: *n\n").get(0);
        assertEquals(root.get("base").orElseThrow().toPlain(), root.get("copy").orElseThrow().toPlain());
        assertSame(root.get("base").orElseThrow(), root.get("copy").orElseThrow(), "shared, not copied");
        assertEquals("web", root.text("again").orElseThrow());
    }

    @Test
    void aMergeKeyAddsWhatTheMappingDoesNotSetAndEarlierMergesWin() {
        Object m = plain("a: &a {x: 1, y: 1}\nb: &b {y: 2, z: 2}\n"
                + "c:\n  <<: [*a, *b]\n  x: 3\n");
        @SuppressWarnings("unchecked")
        Map<String, Object> c = (Map<String, Object>) ((Map<String, Object>) m).get("c");
        assertEquals(Map.of("x", 3L, "y", 1L, "z", 2L), c);
        assertTrue(!c.containsKey("<<"), "the merge key itself is gone");
        Object one = plain("d: &d {k: v}\ne: {<<: *d, own: 1}\n");
        assertEquals(Map.of("k", "v", "own", 1L), ((Map<?, ?>) one).get("e"));
    }

    @Test
    void mergedKeysKeepTheirPlaceInTheFileForErrors() {
        DocNode.Mapping root = (DocNode.Mapping) new DocumentReader("t.yaml")
                .yaml("d: &d\n  k: v\ne:\n  <<: *d\n").get(0);
        DocNode.Mapping e = (DocNode.Mapping) root.get("e").orElseThrow();
        assertEquals(2, e.keyLocation("k").line(), "where the merged key was written");
    }

    @Test
    void anAliasToNoAnchorIsRefusedWithItsPlace() {
        GraphFormatException e = assertThrows(GraphFormatException.class,
                () -> plain("a: 1\nb: *nothing\n"));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("*nothing"), e.getMessage());
    }

    @Test
    void anchorsBelongToTheirDocument() {
        assertThrows(GraphFormatException.class,
                () -> new DocumentReader("t.yaml").yaml("a: &x 1\n---\nb: *x\n"));
        List<DocNode> docs = new DocumentReader("t.yaml").yaml("a: &x 1\n---\nb: &x 2\nc: *x\n");
        assertEquals(Map.of("b", 2L, "c", 2L), docs.get(1).toPlain());
    }

    @Test
    void aMergeOfAScalarIsRefused() {
        GraphFormatException e = assertThrows(GraphFormatException.class, () -> plain("a: &a 1\nb:\n  <<: *a\n"));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("merge key"), e.getMessage());
    }

    @Test
    void aliasesThatExpandTooFarAreRefused() {
        StringBuilder bomb = new StringBuilder("l0: &l0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int level = 1; level <= 6; level++) {
            bomb.append("l").append(level).append(": &l").append(level).append(" [");
            for (int k = 0; k < 10; k++) {
                bomb.append(k == 0 ? "" : ", ").append("*l").append(level - 1);
            }
            bomb.append("]\n");
        }
        GraphFormatException e = assertThrows(GraphFormatException.class, () -> plain(bomb.toString()));
        assertTrue(e.getMessage().contains("expand to more than"), e.getMessage());
        StringBuilder deep = new StringBuilder("a: &a [[[[[[[[1]]]]]]]]\n");
        for (int level = 0; level < 10; level++) {
            deep.append("b").append(level).append(": &b").append(level).append(" [[[[[[[")
                    .append(level == 0 ? "*a" : "*b" + (level - 1)).append("]]]]]]]\n");
        }
        GraphFormatException d = assertThrows(GraphFormatException.class, () -> plain(deep.toString()));
        assertTrue(d.getMessage().contains("levels deep"), d.getMessage());
    }
}
