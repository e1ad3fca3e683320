package dev.stagecraft.plan;

import dev.stagecraft.model.Gate;
import java.util.List;

/**
 * One canary stage: {@code percent} of traffic on the new version for {@code bakeMinutes}, while every
 * gate must hold before the next stage.
 *
 * @param percent     share of traffic, 1..100
 * @param bakeMinutes minutes to wait before judging the gates, &gt;= 0
 * @param gates       sorted by metric
 */
public record CanaryStage(int percent, int bakeMinutes, List<Gate> gates) {
    public CanaryStage {
        gates = List.copyOf(gates);
    }
}
