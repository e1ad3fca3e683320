package dev.stagecraft.fuzz;

/**
 * What one input came to: a model, the import error, or a failure of the oracle.
 *
 * @param signature for a failure, what kind of failure it is without the particulars of the input (an
 *                  exception class and where it was thrown, or the broken law and the normalized message), so
 *                  that failures of one cause are counted together; {@code null} otherwise
 * @param detail    for a failure, the particulars (the full message, the first difference)
 * @param error     the exception behind a failure, if any
 */
record Outcome(Kind kind, String signature, String detail, Throwable error) {
    enum Kind { MODEL, IMPORT_ERROR, FAILURE }

    static final Outcome MODEL = new Outcome(Kind.MODEL, null, null, null);
    static final Outcome IMPORT_ERROR = new Outcome(Kind.IMPORT_ERROR, null, null, null);

    static Outcome failure(String signature, String detail, Throwable error) {
        return new Outcome(Kind.FAILURE, signature, detail, error);
    }

    /** An exception that is neither a model nor the import error, by class and the first project frame. */
    static Outcome thrown(String context, Throwable e) {
        return failure(context + e.getClass().getSimpleName() + " at " + where(e), String.valueOf(e), e);
    }

    /** The first stack frame in Stagecraft's main code, e.g. {@code io.dot.DotReader.read}. */
    static String where(Throwable e) {
        for (StackTraceElement f : e.getStackTrace()) {
            String c = f.getClassName();
            if (c.startsWith("dev.stagecraft.") && !c.startsWith("dev.stagecraft.fuzz.")) {
                return c.substring("dev.stagecraft.".length()).replaceAll("\\$.*", "") + "." + f.getMethodName();
            }
        }
        StackTraceElement[] trace = e.getStackTrace();
        return trace.length == 0 ? "?" : trace[0].getClassName() + "." + trace[0].getMethodName();
    }

    /** A message without its particulars: numbers as N, quoted text as '…', at most 90 characters. */
    static String normalize(String message) {
        String s = String.valueOf(message).replaceAll("'[^']*'", "'…'").replaceAll("\"[^\"]*\"", "\"…\"")
                .replaceAll("\\d+", "N").replaceAll("\\s+", " ");
        return s.length() > 90 ? s.substring(0, 90) + "…" : s;
    }
}
