package dev.stagecraft.ui.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.io.nativeyaml.NativeGraphReader;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.ServiceGraph;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryStoreTest {
    @TempDir
    Path dir;

    private static ServiceGraph graph() {
        ServiceGraph g = new ServiceGraph();
        g.addComponent(Component.of("auth", ComponentKind.SERVICE));
        return g;
    }

    @Test
    void recoveryCopyNamesTheFileItBelongsToAndReadsBackAsTheGraph() throws Exception {
        RecoveryStore store = new RecoveryStore(dir.resolve("recovery"));
        Path original = dir.resolve("shop.yaml");
        Path written = store.write(original, graph(), null);

        List<RecoveryStore.Entry> pending = store.pending();
        assertEquals(1, pending.size());
        assertEquals(original.toAbsolutePath().normalize(), pending.get(0).original());
        assertEquals(written, pending.get(0).yaml());
        assertTrue(NativeGraphReader.read(written).graph().sameContentAs(graph()));
    }

    @Test
    void untitledWorkHasNoOriginalAndDeletingLeavesNothingPending() throws Exception {
        RecoveryStore store = new RecoveryStore(dir);
        store.write(null, graph(), null);
        assertNull(store.pending().get(0).original());
        store.delete((Path) null);
        assertEquals(List.of(), store.pending());
    }
}
