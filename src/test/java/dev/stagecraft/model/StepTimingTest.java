package dev.stagecraft.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StepTimingTest {

    @Test
    void deployTimeIsSpreadOverTheStagesWithTheRemainderFirst() {
        // D = 47, B = 3 * 10 = 30, E = 17: d = 6, 6, 5
        StepTiming t = new StepTiming(47, new int[] {10, 50, 100}, new int[] {10, 10, 10});
        assertEquals(47, t.effectiveMinutes());
        assertEquals(0, t.stageStart(0));
        assertEquals(16, t.stageEnd(0));
        assertEquals(16, t.stageStart(1));
        assertEquals(32, t.stageEnd(1));
        assertEquals(32, t.stageStart(2));
        assertEquals(47, t.stageEnd(2));
    }

    @Test
    void bakeWinsOverAShorterDuration() {
        // the tier-0 case of the issue: 5 stages of 15 minutes' bake and a duration of 30 take 75
        StepTiming t = new StepTiming(30, new int[] {1, 5, 25, 50, 100}, new int[] {15, 15, 15, 15, 15});
        assertEquals(75, t.effectiveMinutes());
        for (int i = 0; i < 5; i++) {
            assertEquals(15 * i, t.stageStart(i));
            assertEquals(15 * (i + 1), t.stageEnd(i));
        }
    }

    @Test
    void stagesMayBakeDifferently() {
        // D = 20, B = 0 + 5 = 5, E = 15 over 2 stages: d = 8, 7; stage 1 = 8, stage 2 = 7 + 5
        StepTiming t = new StepTiming(20, new int[] {10, 100}, new int[] {0, 5});
        assertEquals(8, t.stageEnd(0));
        assertEquals(20, t.stageEnd(1));
    }

    @Test
    void zeroMinutesIsAnInstant() {
        StepTiming t = new StepTiming(0, new int[] {100}, new int[] {0});
        assertEquals(0, t.effectiveMinutes());
        assertEquals(0, t.stageEnd(0));
    }

    @Test
    void noDefaultTriggersTheBakeWarning() {
        for (ComponentKind kind : ComponentKind.values()) {
            for (int tier = 0; tier <= 3; tier++) {
                Component c = Component.of("x", kind).withTier(tier);
                RolloutDefaults.EffectiveRollout r = RolloutDefaults.effective(c);
                assertTrue(r.durationMinutes() >= r.totalBakeMinutes(), kind + " tier " + tier);
            }
        }
    }

    @Test
    void aDefaultDurationCoversBakeGivenInTheFile() {
        Component c = Component.of("x", ComponentKind.SERVICE)
                .withRollout(Rollout.NONE.withStages(List.of(1, 10, 100)).withBakeMinutes(30));
        assertEquals(93, RolloutDefaults.effective(c).durationMinutes(), "3 x 30 bake + 1 per stage");
    }

    @Test
    void tierZeroServiceDefaultsToItsBakeTimePlusDeployment() {
        RolloutDefaults.EffectiveRollout r = RolloutDefaults.effective(Component.of("x", ComponentKind.SERVICE).withTier(0));
        assertEquals(80, r.durationMinutes());
        assertEquals(75, r.totalBakeMinutes());
        assertEquals(5, r.rollbackMinutes());
    }
}
