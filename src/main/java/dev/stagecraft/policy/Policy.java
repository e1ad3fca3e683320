package dev.stagecraft.policy;

import java.util.List;

/**
 * A policy file's rules, in file order.
 *
 * @param file the file as the user named it ({@code null} for in-memory text)
 * @param text the file's text, to place an expression's problems at their line and column
 */
public record Policy(String name, List<PolicyRule> rules, String file, String text) {
    public static final String API_VERSION = "stagecraft/v1";
    public static final String KIND = "Policy";

    public Policy {
        rules = List.copyOf(rules);
    }
}
