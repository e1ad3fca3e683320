package dev.stagecraft.fuzz;

import java.nio.file.Path;

/**
 * One input the oracle rejected, with what a developer needs to turn it into a regression test.
 *
 * @param seedName the seed file the input was mutated from
 * @param index    the input's number in the run; with the run seed it regenerates the input
 *                 ({@link FuzzCampaign#input})
 * @param savedAt  where the whole input was written, {@code null} if it was not
 */
record Failure(FuzzTarget target, long runSeed, int index, String seedName, Outcome outcome, byte[] input,
               Path savedAt) {
    String signature() {
        return outcome.signature();
    }

    /** Several lines: signature, where it comes from, the detail, the reproducer. */
    String describe() {
        StringBuilder b = new StringBuilder();
        b.append(target.id()).append(": ").append(signature()).append('\n');
        b.append("  seed file ").append(seedName).append(", run seed ").append(runSeed).append(", input #")
                .append(index).append(" (").append(input.length).append(" bytes; replay: FuzzCampaign.input(FuzzTarget.")
                .append(target.name()).append(", ").append(runSeed).append("L, ").append(index).append("))\n");
        if (outcome.detail() != null) {
            String detail = outcome.detail();
            b.append("  detail: ").append(detail.length() > 3000 ? detail.substring(0, 3000) + " ..." : detail)
                    .append('\n');
        }
        b.append("  input: ").append(Reproducer.literal(input, 2000)).append('\n');
        if (savedAt != null) {
            b.append("  whole input: ").append(savedAt.toAbsolutePath()).append('\n');
        }
        return b.toString();
    }
}
