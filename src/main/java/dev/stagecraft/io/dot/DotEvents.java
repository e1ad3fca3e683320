package dev.stagecraft.io.dot;

/**
 * What a DOT text says, in the order it says it: the events of JGraphT's {@code DOTEventDrivenImporter},
 * which {@link DotParser} delivers (and the JGraphT reference in the tests too). Values are as written,
 * with only {@code \"} unescaped inside quoted strings (and XML entities inside HTML strings).
 */
interface DotEvents {
    /** The key under which the graph's id arrives; the same as JGraphT's {@code DEFAULT_GRAPH_ID_KEY}. */
    String GRAPH_ID_KEY = "ID";

    /** A node seen for the first time. */
    void vertex(String id);

    /** A node seen for the first time, at this character offset of the text (-1 when the parser cannot say). */
    default void vertexAt(String id, int offset) {
        vertex(id);
    }

    /** An attribute of a node already announced by {@link #vertex}. */
    void vertexAttribute(String vertex, String key, String value);

    /** An edge, once per edge (repeats included); its attributes follow. */
    void edge(String from, String to);

    /** An attribute of the edge announced last. */
    void edgeAttribute(String key, String value);

    /** The graph id (under {@link #GRAPH_ID_KEY}) or a top-level {@code a=b}. */
    void graphAttribute(String key, String value);
}
