/**
 * The rollout simulation (DESIGN.md, "Step timing" and "Simulation"): what happens to a plan when new versions
 * are bad or the environment fails, run once as a scenario or many times as a seeded Monte Carlo batch.
 *
 * <p>Words used here:
 * <ul>
 *   <li><b>run</b> — one simulated rollout of the plan, in integer minutes from 0. With nothing failing it
 *       reproduces the plan's {@code startMinute}/{@code endMinute} exactly: a step starts when every step in
 *       its {@code after} has completed and fewer than max-parallel steps are running, ready steps by longest
 *       tail then id, as the plan's schedule.</li>
 *   <li><b>stage</b> — a step's canary stages 1..n (percent p_i, bake b_i); stage i lasts d_i + b_i with the
 *       step's deploy time spread over the stages ({@link dev.stagecraft.model.StepTiming}); it starts with
 *       the traffic shift to p_i and ends with its <b>gate</b> check.</li>
 *   <li><b>bad version</b> — a new version that fails its gate. {@code --inject ID@K}: bad from the start of
 *       stage K of ID's step (exposure p_K), caught at the end of stage K. {@code --inject ID@Mm}: exposure at
 *       the stage the step is in at minute M (from M), caught at that stage's end; from stage 1 if the step
 *       has not started by M; at 100% from M and caught {@code --detection-minutes} later (default 5) if it
 *       has completed. In Monte Carlo each member of each step is bad with its {@code failureProbability},
 *       independently; a bad step is caught at stage i with probability p_i/100 when no earlier stage caught
 *       it (the last stage always catches), and is bad from the start of that stage.</li>
 *   <li><b>fault</b> — {@code --fault ID@A-Bm}: ID (changing or not) down from minute A to B. ID and its
 *       outage set are in outage, its degraded set degraded, at 100%; every step advancing ID or a component of
 *       ID's blast radius fails the gate of the first of its stages in progress during [A, B) (a minute m with
 *       stage start &lt;= m &lt; stage end). Good versions, yet the plan halts: cause {@code fault}.</li>
 *   <li><b>halt</b> — at the first gate failure, minute t: no step and no stage starts at or after t (a step
 *       with a zero-length stage that fails at t itself did start). Steps being rolled back stop advancing at
 *       once; the other running steps finish their current stage and hold (finishing the last stage completes
 *       the step). A bad version in a stage that a holding step finishes is caught at its end and rolled back
 *       too; a bad version whose stage is never reached is never exposed.</li>
 *   <li><b>on-failure policy</b> — {@code halt} rolls back the failed step only; {@code rollback-dependents}
 *       also every started step that depends on it through {@code after}, transitively;
 *       {@code rollback-all} every started step. Every failed step is rolled back under every policy.</li>
 *   <li><b>rollback</b> — takes the step's {@code rollbackMinutes} (its slowest member's). Dependents first:
 *       a step's rollback starts at its trigger (the failure that put it in the rollback set), or, when
 *       rolled-back steps depend on it (directly or through other steps), when the last of their rollbacks
 *       ends. The rollback order lists rolled-back steps by rollback start, then in reverse plan order (so
 *       dependents first).</li>
 *   <li><b>exposure</b> — a bad version is out from its stage's start (or the injected minute) at that stage's
 *       percent until its step's rollback ends. Meanwhile the component and its outage set are in outage at
 *       that percent, its degraded set degraded (the sets of {@code analyze}).</li>
 *   <li><b>impact</b> — sum over minutes and affected components of (e/100) * w(tier) * (1 for outage, 0.5
 *       for degraded), w = 8, 4, 2, 1 for tiers 0..3. Exposures add up (two bad versions exposing the same
 *       component both count); a fault's own outage counts, with the faulted component as its origin.</li>
 *   <li><b>outcome</b> — {@code completed} (no gate failed), {@code rolled-back} (a gate failed and every step
 *       that had started was rolled back), else {@code halted}. The run's duration is the minute of its last
 *       happening: the plan's end, or the last rollback end, held stage end or gate failure.</li>
 *   <li><b>Monte Carlo</b> — N runs; run r draws its numbers as a pure function of (seed, r, component id), so
 *       the result is the same bytes for any number of threads, and variants compared on one seed (another
 *       max-parallel, another graph) see the same bad versions for the same ids (common random numbers).
 *       Percentiles are nearest-rank: the value at position ceil(q * N) of the sorted runs. P(halt) is the
 *       share of runs that did not complete; P(rollback) the share that ended rolled back; a step's P(halt) the share of runs whose halt its
 *       gate failure caused (its gate failed at the halt minute; steps failing in that same minute each count). The batch also
 *       keeps the runs' duration and impact as {@link dev.stagecraft.simulation.Histogram}s of 20 equal bins from
 *       the smallest to the largest value, for the reports' charts (the JSON leaves them out).</li>
 * </ul>
 */
package dev.stagecraft.simulation;
