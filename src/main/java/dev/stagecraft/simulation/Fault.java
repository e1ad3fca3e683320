package dev.stagecraft.simulation;

import java.util.Objects;

/**
 * An environmental fault ({@code --fault ID@A-Bm}): component {@code component}, changing or not, is down
 * from minute {@code from} (inclusive) to {@code to} (exclusive). Meanwhile it and its outage set are in outage
 * and its degraded set degraded, at 100%; every step whose stage is in progress during the window and which
 * advances the component or something in its blast radius fails that stage's gate.
 */
public record Fault(String component, int from, int to) {
    public Fault {
        Objects.requireNonNull(component, "component");
        if (from < 0 || to <= from) {
            throw new IllegalArgumentException("a fault window runs from a minute >= 0 to a later one, was "
                    + from + "-" + to);
        }
    }

    public String text() {
        return component + "@" + from + "-" + to + "m";
    }
}
