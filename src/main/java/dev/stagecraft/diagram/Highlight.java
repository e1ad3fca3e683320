package dev.stagecraft.diagram;

import java.util.Locale;

/**
 * Which analysis the diagram shows: nothing, the blast radius of one component, the critical path,
 * the rollout waves or the cycles. Spelled on the command line as {@code blast:ID}, {@code critical},
 * {@code waves}, {@code cycles} (and {@code none}).
 */
public sealed interface Highlight {
    None NONE = new None();
    Critical CRITICAL = new Critical();
    Waves WAVES = new Waves();
    Cycles CYCLES = new Cycles();
    Replay REPLAY = new Replay();

    /** Plain drawing. */
    record None() implements Highlight {
    }

    /** The blast radius of component {@code id}: outage red, degraded amber, the rest dimmed. */
    record Blast(String id) implements Highlight {
    }

    /** The critical path, with each unit's minutes. */
    record Critical() implements Highlight {
    }

    /** Components coloured and numbered by rollout wave. */
    record Waves() implements Highlight {
    }

    /** A simulation run at one minute: each component by its rollout phase and whether it is in outage or degraded. */
    record Replay() implements Highlight {
    }

    /** Members and edges of cycles emphasised. */
    record Cycles() implements Highlight {
    }

    /**
     * Parses the command-line spelling.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    static Highlight parse(String text) {
        String t = text.trim();
        if (t.toLowerCase(Locale.ROOT).startsWith("blast:")) {
            String id = t.substring("blast:".length()).trim();
            if (id.isEmpty()) {
                throw new IllegalArgumentException("highlight 'blast:' needs a component id, e.g. blast:auth");
            }
            return new Blast(id);
        }
        return switch (t.toLowerCase(Locale.ROOT)) {
            case "none" -> NONE;
            case "critical" -> CRITICAL;
            case "waves" -> WAVES;
            case "cycles" -> CYCLES;
            default -> throw new IllegalArgumentException("unknown highlight '" + text
                    + "'; expected blast:ID, critical, waves, cycles or none");
        };
    }
}
