package dev.stagecraft.io.dot;

import dev.stagecraft.io.GraphReader;

/** The benchmark's door to both DOT paths: the reader's parser and the JGraphT reference from the tests, both package-private. */
public final class DotPaths {
    /** Counts events, so the parse alone can be timed without collecting anything. */
    private static final class Counter implements DotEvents {
        int count;

        @Override
        public void vertex(String id) {
            count++;
        }

        @Override
        public void vertexAttribute(String vertex, String key, String value) {
            count++;
        }

        @Override
        public void edge(String from, String to) {
            count++;
        }

        @Override
        public void edgeAttribute(String key, String value) {
            count++;
        }

        @Override
        public void graphAttribute(String key, String value) {
            count++;
        }
    }

    private DotPaths() {
    }

    /** The whole import through JGraphT's ANTLR-based importer. */
    public static GraphReader jgrapht() {
        return new JGraphTDotReader();
    }

    /** Parses with {@link DotParser} only; returns the number of events. */
    public static int parse(String text) {
        Counter counter = new Counter();
        new DotParser(text, "bench.dot", counter).parse();
        return counter.count;
    }

    /** Parses with JGraphT's importer only; returns the number of events. */
    public static int parseWithJGraphT(String text) {
        Counter counter = new Counter();
        JGraphTDotReader.parse(text, "bench.dot", counter);
        return counter.count;
    }
}
