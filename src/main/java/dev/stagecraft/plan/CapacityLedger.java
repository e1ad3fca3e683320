package dev.stagecraft.plan;

import dev.stagecraft.model.CapacityPool;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.Governance;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The graph's capacity budgets as {@link StepSchedule.Capacity}: each step's cost per budgeted (pool, resource) is
 * its members' sum ({@link CapacityPool#costOf}); a step fits when every running total plus its cost stays within
 * the budget. Keeps the peak of each total and the steps that exceed a budget on their own (scheduled alone). A
 * resource a surge names that no budget limits is never waited for. Not thread-safe.
 */
public final class CapacityLedger implements StepSchedule.Capacity {
    /** One budgeted resource of one pool: its budget and the most the schedule used at once. */
    public record Usage(String pool, String resource, double budget, double peak) {
        public Usage {
            budget += 0.0; // -0.0 reads back as 0
            peak += 0.0;
        }
    }

    private final String[] pool;
    private final String[] resource;
    private final double[] budget;
    private final double[][] cost;
    private final double[] used;
    private final double[] peak;
    private final boolean[] overBudget;

    public CapacityLedger(Governance governance, List<List<Component>> members) {
        List<String> pools = new ArrayList<>();
        List<String> resources = new ArrayList<>();
        List<Double> budgets = new ArrayList<>();
        for (CapacityPool p : governance.capacity()) {
            for (Map.Entry<String, Double> b : p.budget().entrySet()) {
                pools.add(p.pool());
                resources.add(b.getKey());
                budgets.add(b.getValue());
            }
        }
        int r = budgets.size();
        pool = pools.toArray(String[]::new);
        resource = resources.toArray(String[]::new);
        budget = budgets.stream().mapToDouble(Double::doubleValue).toArray();
        cost = new double[members.size()][r];
        overBudget = new boolean[members.size()];
        int column = 0;
        for (CapacityPool p : governance.capacity()) {
            for (String res : p.budget().keySet()) {
                for (int k = 0; k < members.size(); k++) {
                    for (Component c : members.get(k)) {
                        cost[k][column] += p.costOf(c).getOrDefault(res, 0.0);
                    }
                    overBudget[k] |= cost[k][column] > budget[column] + 1e-9;
                }
                column++;
            }
        }
        used = new double[r];
        peak = new double[r];
    }

    private CapacityLedger(CapacityLedger base) {
        pool = base.pool;
        resource = base.resource;
        budget = base.budget;
        cost = base.cost;
        overBudget = base.overBudget;
        used = new double[budget.length];
        peak = new double[budget.length];
    }

    /** The same budgets and costs with nothing in use yet: a ledger for another schedule (one per thread). */
    public CapacityLedger fresh() {
        return new CapacityLedger(this);
    }

    /** Whether the graph has any budget to keep. */
    public boolean budgeted() {
        return budget.length > 0;
    }

    @Override
    public boolean fits(int step) {
        for (int r = 0; r < budget.length; r++) {
            if (used[r] + cost[step][r] > budget[r] + 1e-9) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void take(int step) {
        for (int r = 0; r < budget.length; r++) {
            used[r] += cost[step][r];
            peak[r] = Math.max(peak[r], used[r]);
        }
    }

    @Override
    public void release(int step) {
        for (int r = 0; r < budget.length; r++) {
            used[r] -= cost[step][r];
        }
    }

    /** Each budgeted resource with its peak, in the file's order. */
    public List<Usage> usage() {
        List<Usage> out = new ArrayList<>(budget.length);
        for (int r = 0; r < budget.length; r++) {
            out.add(new Usage(pool[r], resource[r], budget[r], Math.round(peak[r] * 1000) / 1000.0));
        }
        return out;
    }

    /** Whether a step's own cost exceeds a budget (it then runs alone, and still exceeds it). */
    public boolean overBudget(int step) {
        return overBudget[step];
    }

    /** A step's cost of each budgeted resource, in {@link #usage()}'s order. */
    public double[] cost(int step) {
        return cost[step].clone();
    }
}
