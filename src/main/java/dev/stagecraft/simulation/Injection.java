package dev.stagecraft.simulation;

import java.util.Objects;

/**
 * A bad new version put into a scenario by hand ({@code --inject}): at a canary stage of its step, or from a
 * minute of the plan.
 */
public sealed interface Injection {
    String component();

    /** As written on the command line: {@code ID@K} or {@code ID@Mm}. */
    String text();

    /** Bad from the start of stage {@code stage} (1-based) of the component's step, caught at its end. */
    record AtStage(String component, int stage) implements Injection {
        public AtStage {
            Objects.requireNonNull(component, "component");
        }

        @Override
        public String text() {
            return component + "@" + stage;
        }
    }

    /**
     * Bad from minute {@code minute}: exposure at the stage the step is in then, caught at that stage's end;
     * from stage 1 if the step has not started; at 100% and caught {@code --detection-minutes} later if it has
     * completed.
     */
    record AtMinute(String component, int minute) implements Injection {
        public AtMinute {
            Objects.requireNonNull(component, "component");
        }

        @Override
        public String text() {
            return component + "@" + minute + "m";
        }
    }
}
