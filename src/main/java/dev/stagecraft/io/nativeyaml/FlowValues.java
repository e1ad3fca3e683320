package dev.stagecraft.io.nativeyaml;

import dev.stagecraft.model.Gate;
import dev.stagecraft.model.WrittenNumber;
import java.util.List;
import java.util.Map;

/**
 * A model value on one line, as the native file writes it inline: {@code [1, 5, 100]},
 * <code>[{metric: error_rate, max: 0.005}]</code>, {@code [helm rollback checkout]}, texts quoted only where YAML
 * needs it, numbers without a needless {@code .0}. For messages that show values to people ({@code diff}), so
 * they read like the file, not like Java ({@code Gate[metric=error_rate, max=0.005]}).
 */
public final class FlowValues {
    private FlowValues() {
    }

    /** The value inline; {@code null} stays {@code null}. */
    public static String of(Object value) {
        if (value == null) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        append(b, value, false);
        return b.toString();
    }

    private static void append(StringBuilder b, Object value, boolean nested) {
        if (value instanceof Gate g) {
            b.append("{metric: ").append(YamlScalars.flowText(g.metric())).append(", max: ")
                    .append(YamlScalars.number(g.max())).append('}');
        } else if (value instanceof List<?> list) {
            b.append('[');
            for (int i = 0; i < list.size(); i++) {
                b.append(i == 0 ? "" : ", ");
                append(b, list.get(i), true);
            }
            b.append(']');
        } else if (value instanceof Map<?, ?> map) {
            b.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                b.append(first ? "" : ", ").append(YamlScalars.flowText(String.valueOf(e.getKey()))).append(": ");
                append(b, e.getValue(), true);
                first = false;
            }
            b.append('}');
        } else if (value instanceof WrittenNumber n) {
            b.append(n.text());
        } else if (value instanceof Double || value instanceof Float) {
            b.append(YamlScalars.number(((Number) value).doubleValue()));
        } else if (value instanceof Number n) {
            b.append(YamlScalars.number(n));
        } else if (value instanceof String s) {
            b.append(nested ? YamlScalars.flowText(s) : YamlScalars.text(s));
        } else {
            b.append(value);
        }
    }
}
