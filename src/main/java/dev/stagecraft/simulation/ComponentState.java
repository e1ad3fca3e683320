package dev.stagecraft.simulation;

/**
 * One component at one minute of a run.
 *
 * @param phase    where its rollout stands
 * @param percent  traffic on its new version, 0..100
 * @param outage   share of traffic in outage, 0..100 (the largest exposure reaching it through hard paths)
 * @param degraded share of traffic degraded, 0..100 (0 when it is in outage)
 */
public record ComponentState(Phase phase, int percent, int outage, int degraded) {
}
