package dev.stagecraft.diagram;

import java.util.Locale;

/**
 * An opaque colour, 8 bits per channel. Drawing backends convert it to their own colour type;
 * dimming is done by mixing toward the background so no backend needs transparency.
 */
public record Rgb(int red, int green, int blue) {
    public Rgb {
        if ((red | green | blue) >>> 8 != 0) {
            throw new IllegalArgumentException("channel out of 0..255: " + red + "," + green + "," + blue);
        }
    }

    /** Parses {@code #rrggbb}. */
    public static Rgb parse(String hex) {
        if (hex.length() != 7 || hex.charAt(0) != '#') {
            throw new IllegalArgumentException("not a #rrggbb colour: " + hex);
        }
        int v = Integer.parseInt(hex.substring(1), 16);
        return new Rgb(v >> 16 & 0xff, v >> 8 & 0xff, v & 0xff);
    }

    /** This colour moved toward {@code other} by {@code amount} (0 = this, 1 = other). */
    public Rgb mix(Rgb other, double amount) {
        return new Rgb(blend(red, other.red, amount), blend(green, other.green, amount), blend(blue, other.blue, amount));
    }

    public String hex() {
        return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
    }

    private static int blend(int a, int b, double t) {
        return (int) Math.round(a + (b - a) * t);
    }
}
