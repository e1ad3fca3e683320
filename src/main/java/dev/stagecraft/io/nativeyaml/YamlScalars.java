package dev.stagecraft.io.nativeyaml;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * How the writer spells single values. Deterministic and round-trip safe: a text is written plain when
 * no YAML reader (1.1 or 1.2) could take it for anything else, otherwise in double quotes with escapes;
 * numbers in their shortest form that reads back to the same double.
 */
final class YamlScalars {
    /** SnakeYAML's YAML 1.1 resolver: the rules the reader itself applies to plain scalars. Stateless. */
    private static final Resolver YAML11 = new Resolver();
    /** YAML 1.2 core schema values, and 1.1 booleans SnakeYAML leaves out; other tools may read them as such. */
    private static final Pattern OTHER_TYPED = Pattern.compile(
            "[-+]?(0o[0-7]+|0x[0-9a-fA-F]+|[0-9][0-9_]*|(\\.[0-9]+|[0-9][0-9_]*(\\.[0-9_]*)?)([eE][-+]?[0-9]+)?)"
                    + "|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)|~|null|Null|NULL|[yYnN]"
                    + "|(?i:true|false|yes|no|on|off)");
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";
    private static final String FLOW_INDICATORS = ",[]{}:";
    private static final double PLAIN_MIN = 1e-4;
    private static final double PLAIN_MAX = 1e15;

    private YamlScalars() {
    }

    /** A text for a block context ({@code key: value}, {@code - item}, a key). */
    static String text(String s) {
        return needsQuotes(s, false) ? quoted(s) : s;
    }

    /** A text inside {@code [...]} or <code>{...}</code>. */
    static String flowText(String s) {
        return needsQuotes(s, true) ? quoted(s) : s;
    }

    static boolean needsQuotes(String s, boolean flow) {
        if (s.isEmpty() || INDICATORS.indexOf(s.charAt(0)) >= 0 || s.charAt(0) == ' '
                || s.charAt(s.length() - 1) == ' ' || s.endsWith(":") || s.contains(": ") || s.contains(" #")) {
            return true;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!plainSafe(c) || lonelySurrogate(s, i) || flow && FLOW_INDICATORS.indexOf(c) >= 0) {
                return true;
            }
        }
        return YAML11.resolve(NodeId.scalar, s, true) != Tag.STR || OTHER_TYPED.matcher(s).matches();
    }

    /** Printable and not a line break of any YAML version; tabs are written escaped, so quoted. */
    private static boolean plainSafe(char c) {
        return c >= 0x20 && !(c >= 0x7F && c <= 0x9F)
                && c != '\u2028' && c != '\u2029' && c != '\uFEFF' && c != '\uFFFE' && c != '\uFFFF';
    }

    /** Double quotes; escapes for everything that is not printable UTF-8 text. */
    static String quoted(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\0' -> out.append("\\0");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\u0085' -> out.append("\\N");
                case '\u2028' -> out.append("\\L");
                case '\u2029' -> out.append("\\P");
                default -> {
                    if (c < 0x20 || c >= 0x7F && c <= 0x9F) {
                        out.append(String.format("\\x%02X", (int) c));
                    } else if (c == '\uFEFF' || c == '\uFFFE' || c == '\uFFFF' || lonelySurrogate(s, i)) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static boolean lonelySurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
    }

    /** A number of the model (minutes, coordinates, probabilities): whole values without {@code .0}. */
    static String number(double d) {
        return decimal(d, false);
    }

    /** A number kept in extras: whole numbers as integers, fractions keep their point ({@code 3.0} stays 3.0). */
    static String number(Number n) {
        if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte
                || n instanceof BigInteger) {
            return n.toString();
        }
        return decimal(n.doubleValue(), true);
    }

    /**
     * The shortest decimal that reads back as exactly {@code d}; plain between 1e-4 and 1e15, otherwise
     * with an exponent whose sign is always written (YAML 1.1 requires it). Infinity is written as a number too
     * large for a double ({@code 1.0e+400}), which reads back as infinity: the reader refuses {@code .inf}
     * (Jackson cannot parse it), and saving must never write what opening refuses. NaN has no such spelling and
     * no reader produces it, so it is refused here.
     */
    static String decimal(double d, boolean keepPoint) {
        if (Double.isNaN(d)) {
            throw new IllegalArgumentException("NaN cannot be written: no YAML spelling of it reads back");
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "1.0e+400" : "-1.0e+400";
        }
        double abs = Math.abs(d);
        if (d == Math.rint(d) && abs < PLAIN_MAX) {
            String whole = Long.toString((long) d);
            return keepPoint ? (d == 0 && 1 / d < 0 ? "-0" : whole) + ".0" : whole;
        }
        BigDecimal exact = new BigDecimal(d);
        BigDecimal shortest = exact;
        for (int digits = 1; digits <= 17; digits++) {
            BigDecimal r = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (r.doubleValue() == d) {
                shortest = r;
                break;
            }
        }
        shortest = shortest.stripTrailingZeros();
        if (abs >= PLAIN_MIN && abs < PLAIN_MAX) {
            return shortest.toPlainString();
        }
        String digits = shortest.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - shortest.scale();
        String mantissa = digits.charAt(0) + "." + (digits.length() > 1 ? digits.substring(1) : "0");
        return (d < 0 ? "-" : "") + mantissa + "e" + (exponent < 0 ? "-" : "+") + Math.abs(exponent);
    }
}
