package dev.stagecraft.cli;

import dev.stagecraft.io.FileText;
import dev.stagecraft.io.GraphFormatException;
import dev.stagecraft.plan.PlanFormatException;
import dev.stagecraft.plan.PlanReader;
import dev.stagecraft.plan.RolloutPlan;
import java.nio.file.Path;

/**
 * Opens the plan file a subcommand was given: any problem (no such file, not text, not a plan) becomes the
 * import error naming the file, line and column, with what the subcommand reads.
 */
final class PlanInput {
    private PlanInput() {
    }

    static RolloutPlan read(Path file) {
        String text = FileText.read(file, PlanReader.MAX_CODE_POINTS, "plan");
        try {
            return PlanReader.read(text);
        } catch (PlanFormatException e) {
            throw new GraphFormatException(file.toString(), Math.max(0, e.line()), Math.max(0, e.column()),
                    e.getMessage() + "; it reads the plans 'stagecraft plan GRAPH -o PLAN.yaml' writes", e);
        }
    }
}
