package dev.stagecraft.simulation.report;

import java.util.Locale;

/**
 * A small writer of inline SVG (and the XHTML-compatible markup around it): escaped text, coordinates with at
 * most two decimals in {@link Locale#ROOT}, so the same chart is the same bytes.
 */
final class Svg {
    private final StringBuilder out = new StringBuilder();

    /** Text for element content and attribute values: {@code & < > " '} as entities, controls dropped. */
    static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        s.append(c);
                    }
                }
            }
        }
        return s.toString();
    }

    static String n(double value) {
        double rounded = Math.round(value * 100) / 100.0;
        if (rounded == Math.rint(rounded)) {
            return String.valueOf((long) rounded);
        }
        return String.format(Locale.ROOT, "%.2f", rounded).replaceAll("0+$", "");
    }

    Svg open(double width, double height, String label) {
        out.append("<svg viewBox=\"0 0 ").append(n(width)).append(' ').append(n(height))
                .append("\" role=\"img\" aria-label=\"").append(escape(label)).append("\">\n");
        return this;
    }

    Svg rect(double x, double y, double w, double h, String cssClass, String tooltip) {
        out.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"")
                .append(n(Math.max(0, w))).append("\" height=\"").append(n(Math.max(0, h))).append("\" class=\"")
                .append(cssClass).append('"');
        if (tooltip == null) {
            out.append("/>\n");
        } else {
            out.append("><title>").append(escape(tooltip)).append("</title></rect>\n");
        }
        return this;
    }

    Svg line(double x1, double y1, double x2, double y2, String cssClass) {
        out.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append("\" class=\"").append(cssClass).append("\"/>\n");
        return this;
    }

    /** @param anchor start, middle or end */
    Svg text(double x, double y, String anchor, String cssClass, String text) {
        out.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" text-anchor=\"").append(anchor)
                .append("\" class=\"").append(cssClass).append("\">").append(escape(text)).append("</text>\n");
        return this;
    }

    /** Text turned 90° counter-clockwise about (x, y), for a vertical axis label. */
    Svg verticalText(double x, double y, String cssClass, String text) {
        out.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" text-anchor=\"middle\"")
                .append(" transform=\"rotate(-90 ").append(n(x)).append(' ').append(n(y)).append(")\" class=\"")
                .append(cssClass).append("\">").append(escape(text)).append("</text>\n");
        return this;
    }

    Svg polyline(double[] xs, double[] ys, String cssClass) {
        out.append("<polyline class=\"").append(cssClass).append("\" points=\"");
        for (int i = 0; i < xs.length; i++) {
            out.append(i == 0 ? "" : " ").append(n(xs[i])).append(',').append(n(ys[i]));
        }
        out.append("\"/>\n");
        return this;
    }

    String close() {
        return out.append("</svg>\n").toString();
    }
}
