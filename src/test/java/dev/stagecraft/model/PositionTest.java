package dev.stagecraft.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.io.nativeyaml.NativeGraphReader;
import dev.stagecraft.io.nativeyaml.NativeGraphWriter;
import org.junit.jupiter.api.Test;

class PositionTest {
    @Test
    void minusZeroIsTheSamePlaceAsZero() {
        assertEquals(new Position(0, 0), new Position(-0.0, -0.0));
    }

    /** Fuzz suite, issue 8: {@code FuzzCampaign.input(FuzzTarget.NATIVE, 8L, 14022)}, a position {@code x: -0}. */
    @Test
    void aPositionOfMinusZeroReopensEqualFromTheSavedFile() {
        String yaml = "apiVersion: stagecraft/v1\nkind: ServiceGraph\nmetadata:\n  name: g\ncomponents:\n"
                + "  - id: keys\n    position: {x: -0, y: 700}\n";
        ServiceGraph read = NativeGraphReader.read(yaml, "g.yaml").graph();
        assertTrue(read.sameContentAs(NativeGraphReader.read(NativeGraphWriter.write(read, null), "g.yaml").graph()));
    }
}
