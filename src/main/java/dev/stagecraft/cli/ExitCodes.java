package dev.stagecraft.cli;

/** Process exit codes of every subcommand (DESIGN.md, CLI contract). */
public final class ExitCodes {
    /** Success. */
    public static final int OK = 0;
    /** The input was read but has problems (validation findings of severity error or warning). */
    public static final int FINDINGS = 1;
    /** Bad usage, or an input that cannot be read. */
    public static final int BAD_INPUT = 2;

    private ExitCodes() {
    }
}
