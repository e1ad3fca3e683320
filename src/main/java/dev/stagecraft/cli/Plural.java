package dev.stagecraft.cli;

/** A count with its noun in the right number, for CLI text: "1 group", "2 groups", "1 dependency". */
final class Plural {
    private Plural() {
    }

    /** {@code n} and the noun, adding "s" (or "ies" for a consonant + y) when {@code n} is not 1. */
    static String of(long n, String singular) {
        return n + " " + noun(n, singular);
    }

    /** The noun alone, in the number {@code n} asks for. */
    static String noun(long n, String singular) {
        if (n == 1) {
            return singular;
        }
        if (singular.endsWith("y") && singular.length() > 1
                && "aeiou".indexOf(singular.charAt(singular.length() - 2)) < 0) {
            return singular.substring(0, singular.length() - 1) + "ies";
        }
        return singular.endsWith("s") || singular.endsWith("x") ? singular + "es" : singular + "s";
    }
}
