package dev.stagecraft.ui.command;

import dev.stagecraft.model.ServiceGraph;

/** Runs a compound edit as one model batch, so listeners hear of it once. */
final class GraphBatch {
    private GraphBatch() {
    }

    static void run(ServiceGraph graph, Runnable edit) {
        graph.beginUpdate();
        try {
            edit.run();
        } finally {
            graph.endUpdate();
        }
    }
}
