package dev.stagecraft.plan;

import dev.stagecraft.model.Component;
import dev.stagecraft.model.Gate;
import dev.stagecraft.model.RolloutDefaults;
import dev.stagecraft.model.RolloutDefaults.EffectiveRollout;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How one step rolls out, from the effective rollout settings of the components it advances. Several
 * components follow the most careful one: the stages of the member with the smallest first stage (then
 * the most stages, then the first id), the longest bake of any member, and every member's gates (per
 * metric the strictest maximum); a rollback takes the slowest member's {@code rollbackMinutes}.
 * O(members + gates).
 */
record StepRollout(List<CanaryStage> stages, List<String> acceptance,
                   List<String> rollback, int rollbackMinutes) {

    /** @param members the step's components, sorted by id, at least one */
    static StepRollout of(List<Component> members) {
        int bake = 0;
        List<Integer> careful = null;
        Map<String, Double> gates = new TreeMap<>();
        List<String> rollback = new ArrayList<>();
        int rollbackMinutes = 0;
        for (Component c : members) {
            EffectiveRollout r = RolloutDefaults.effective(c);
            bake = Math.max(bake, r.bakeMinutes());
            rollbackMinutes = Math.max(rollbackMinutes, r.rollbackMinutes());
            List<Integer> stages = r.stages().isEmpty() ? List.of(100) : r.stages();
            if (careful == null || moreCareful(stages, careful)) {
                careful = stages;
            }
            for (Gate g : r.gates()) {
                gates.merge(g.metric(), g.max(), Math::min);
            }
            if (r.rollback().isEmpty()) {
                rollback.add("redeploy previous version of " + c.id());
            } else {
                rollback.addAll(r.rollback());
            }
        }
        List<Gate> gateList = new ArrayList<>(gates.size());
        gates.forEach((metric, max) -> gateList.add(new Gate(metric, max)));
        List<Gate> sharedGates = List.copyOf(gateList);
        List<CanaryStage> stages = new ArrayList<>(careful.size());
        for (int percent : careful) {
            stages.add(new CanaryStage(percent, bake, sharedGates));
        }
        int last = careful.get(careful.size() - 1);
        return new StepRollout(stages, acceptance(sharedGates, bake, last), rollback, rollbackMinutes);
    }

    private static boolean moreCareful(List<Integer> stages, List<Integer> than) {
        int a = stages.get(0);
        int b = than.get(0);
        return a != b ? a < b : stages.size() > than.size();
    }

    /** "error_rate <= 0.01 for 10 minutes at 100%" per gate, then "all components healthy at 100%". */
    private static List<String> acceptance(List<Gate> gates, int bake, int lastPercent) {
        List<String> out = new ArrayList<>(gates.size() + 1);
        String hold = bake > 0 ? " for " + bake + (bake == 1 ? " minute" : " minutes") : "";
        for (Gate g : gates) {
            out.add(g.metric() + " <= " + number(g.max()) + hold + " at " + lastPercent + "%");
        }
        out.add("all components healthy at " + lastPercent + "%");
        return out;
    }

    /** The shortest plain decimal: 500.0 -> "500", 0.01 -> "0.01", 1e-4 -> "0.0001". */
    static String number(double value) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
