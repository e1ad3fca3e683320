package dev.stagecraft.model;

import java.util.Objects;

/**
 * A number in an unknown key's value (an extra) together with the text it was written as, when that text is not
 * the number's one canonical spelling: {@code 0x7fffffff}, {@code 1_000}, {@code 1.50}, {@code 1e400} (too large
 * for a double). Saving writes the text back, so an unknown key comes back as it was, not as
 * {@code 2147483647}; everything that only needs the number reads {@link #value()}.
 */
public final class WrittenNumber extends Number {
    private static final long serialVersionUID = 1L;
    private final Number value;
    private final String text;

    /**
     * @param value the number as read (Integer, Long, BigInteger or Double; a Double may be infinite when the
     *              text is too large for one)
     * @param text  the text as written, a plain YAML scalar that reads back as {@code value}
     */
    public WrittenNumber(Number value, String text) {
        this.value = Objects.requireNonNull(value, "value");
        this.text = Objects.requireNonNull(text, "text");
    }

    public Number value() {
        return value;
    }

    public String text() {
        return text;
    }

    @Override
    public int intValue() {
        return value.intValue();
    }

    @Override
    public long longValue() {
        return value.longValue();
    }

    @Override
    public float floatValue() {
        return value.floatValue();
    }

    @Override
    public double doubleValue() {
        return value.doubleValue();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WrittenNumber w && w.value.equals(value) && w.text.equals(text);
    }

    @Override
    public int hashCode() {
        return value.hashCode() * 31 + text.hashCode();
    }

    /** The text as written. */
    @Override
    public String toString() {
        return text;
    }
}
