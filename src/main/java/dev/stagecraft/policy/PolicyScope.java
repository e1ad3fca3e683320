package dev.stagecraft.policy;

import java.util.Locale;

/** What a rule is checked for: each component, each dependency, each plan step, or the plan once. */
public enum PolicyScope {
    COMPONENT, DEPENDENCY, STEP, PLAN;

    /** The word in the policy file ({@code for: step}) and the CEL variable that holds the element. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The scope named {@code text} ("components" is accepted for "component"), null when none is. */
    static PolicyScope parse(String text) {
        for (PolicyScope s : values()) {
            if (s.id().equals(text) || (s.id() + "s").equals(text)) {
                return s;
            }
        }
        return null;
    }
}
