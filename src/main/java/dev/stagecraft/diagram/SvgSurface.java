package dev.stagecraft.diagram;

import java.util.Locale;

/**
 * A {@link Surface} that writes SVG 1.1: shapes as paths and rectangles, text as {@code <text>}, so the
 * picture stays sharp at any zoom and its words can be searched and copied. Widths come from the same
 * {@link TextMeasurer} as the canvas.
 */
public final class SvgSurface implements Surface {
    private final StringBuilder out = new StringBuilder(1 << 16);
    private final TextMeasurer measurer;
    private final double width;
    private final double height;
    private boolean groupOpen;
    private double currentScale = 1;

    public SvgSurface(double width, double height, TextMeasurer measurer) {
        this.width = width;
        this.height = height;
        this.measurer = measurer;
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(num(width))
                .append("\" height=\"").append(num(height)).append("\" viewBox=\"0 0 ").append(num(width))
                .append(' ').append(num(height)).append("\">\n");
    }

    /** The finished document. */
    public String toSvg() {
        closeGroup();
        return out + "</svg>\n";
    }

    @Override
    public void setTransform(double scale, double translateX, double translateY) {
        closeGroup();
        currentScale = scale;
        if (scale != 1 || translateX != 0 || translateY != 0) {
            out.append("<g transform=\"matrix(").append(num(scale)).append(" 0 0 ").append(num(scale)).append(' ')
                    .append(num(translateX)).append(' ').append(num(translateY)).append(")\">\n");
            groupOpen = true;
        }
    }

    /** Paints the background; as in the canvas, this resets the transform to identity. */
    @Override
    public void clear(Rgb color) {
        closeGroup();
        currentScale = 1;
        out.append("<rect x=\"0\" y=\"0\" width=\"").append(num(width)).append("\" height=\"").append(num(height))
                .append("\" fill=\"").append(color.hex()).append("\"/>\n");
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arc, Rgb fill) {
        roundRect(x, y, w, h, arc).append(" fill=\"").append(fill.hex()).append("\"/>\n");
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arc, Pen pen) {
        roundRect(x, y, w, h, arc).append(" fill=\"none\"");
        stroke(pen).append("/>\n");
    }

    @Override
    public void fillOval(double x, double y, double w, double h, Rgb fill) {
        ellipse(x, y, w, h).append(" fill=\"").append(fill.hex()).append("\"/>\n");
    }

    @Override
    public void strokeOval(double x, double y, double w, double h, Pen pen) {
        ellipse(x, y, w, h).append(" fill=\"none\"");
        stroke(pen).append("/>\n");
    }

    @Override
    public void fillPolygon(double[] xy, Rgb fill) {
        out.append("<path d=\"");
        points(xy);
        out.append("Z\" fill=\"").append(fill.hex()).append("\"/>\n");
    }

    @Override
    public void strokePolyline(double[] xy, Pen pen) {
        out.append("<path d=\"");
        points(xy);
        out.append("\" fill=\"none\"");
        stroke(pen).append("/>\n");
    }

    @Override
    public void strokeSegments(double[] c, int count, Pen pen) {
        if (count == 0) {
            return;
        }
        out.append("<path d=\"");
        for (int i = 0; i < count; i++) {
            int k = i * 4;
            out.append('M').append(num(c[k])).append(' ').append(num(c[k + 1]))
                    .append('L').append(num(c[k + 2])).append(' ').append(num(c[k + 3]));
        }
        out.append("\" fill=\"none\"");
        stroke(pen).append("/>\n");
    }

    /** In a vector picture hairlines are simply lines one unit of the current transform wide. */
    @Override
    public void strokeHairlines(double[] coords, int count, Rgb color) {
        strokeSegments(coords, count, Pen.solid(color, 1 / Math.max(1e-9, currentScale)));
    }

    @Override
    public void flush() {
        // everything is written as it is drawn
    }

    @Override
    public void fillRects(double[] r, int count, Rgb fill) {
        if (count == 0) {
            return;
        }
        out.append("<path d=\"");
        for (int i = 0; i < count; i++) {
            int k = i * 4;
            out.append('M').append(num(r[k])).append(' ').append(num(r[k + 1]))
                    .append('h').append(num(r[k + 2])).append('v').append(num(r[k + 3]))
                    .append('h').append(num(-r[k + 2])).append('Z');
        }
        out.append("\" fill=\"").append(fill.hex()).append("\"/>\n");
    }

    @Override
    public void fillTriangles(double[] c, int count, Rgb fill) {
        if (count == 0) {
            return;
        }
        out.append("<path d=\"");
        for (int i = 0; i < count; i++) {
            int k = i * 6;
            out.append('M').append(num(c[k])).append(' ').append(num(c[k + 1]))
                    .append('L').append(num(c[k + 2])).append(' ').append(num(c[k + 3]))
                    .append('L').append(num(c[k + 4])).append(' ').append(num(c[k + 5])).append('Z');
        }
        out.append("\" fill=\"").append(fill.hex()).append("\"/>\n");
    }

    @Override
    public void fillText(String text, double x, double y, TextStyle style, Rgb color, Align align) {
        out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y))
                .append("\" font-family=\"").append(TextStyle.SVG_FAMILIES).append("\" font-size=\"")
                .append(num(style.size())).append('"');
        if (style.bold()) {
            out.append(" font-weight=\"bold\"");
        }
        if (align != Align.LEFT) {
            out.append(" text-anchor=\"").append(align == Align.CENTER ? "middle" : "end").append('"');
        }
        out.append(" fill=\"").append(color.hex()).append("\">").append(escape(text)).append("</text>\n");
    }

    @Override
    public void fillTextLines(String[] lines, double x, double y, double lineHeight, TextStyle style, Rgb color) {
        if (lines.length == 1) {
            fillText(lines[0], x, y, style, color, Align.LEFT);
            return;
        }
        out.append("<text font-family=\"").append(TextStyle.SVG_FAMILIES).append("\" font-size=\"")
                .append(num(style.size())).append('"');
        if (style.bold()) {
            out.append(" font-weight=\"bold\"");
        }
        out.append(" fill=\"").append(color.hex()).append("\">");
        for (int k = 0; k < lines.length; k++) {
            out.append("<tspan x=\"").append(num(x)).append("\" y=\"").append(num(y + k * lineHeight)).append("\">")
                    .append(escape(k < lines.length - 1 ? lines[k] + " " : lines[k])).append("</tspan>");
        }
        out.append("</text>\n");
    }

    @Override
    public TextMeasurer measurer() {
        return measurer;
    }

    private StringBuilder roundRect(double x, double y, double w, double h, double arc) {
        return out.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"")
                .append(num(w)).append("\" height=\"").append(num(h)).append("\" rx=\"").append(num(arc / 2))
                .append('"');
    }

    private StringBuilder ellipse(double x, double y, double w, double h) {
        return out.append("<ellipse cx=\"").append(num(x + w / 2)).append("\" cy=\"").append(num(y + h / 2))
                .append("\" rx=\"").append(num(w / 2)).append("\" ry=\"").append(num(h / 2)).append('"');
    }

    private void points(double[] xy) {
        out.append('M').append(num(xy[0])).append(' ').append(num(xy[1]));
        for (int i = 2; i < xy.length; i += 2) {
            out.append('L').append(num(xy[i])).append(' ').append(num(xy[i + 1]));
        }
    }

    private StringBuilder stroke(Pen pen) {
        out.append(" stroke=\"").append(pen.color().hex()).append("\" stroke-width=\"").append(num(pen.width()))
                .append("\" stroke-linejoin=\"round\"");
        double[] dashes = pen.dashes();
        if (dashes.length > 0) {
            out.append(" stroke-dasharray=\"");
            for (int i = 0; i < dashes.length; i++) {
                out.append(i == 0 ? "" : " ").append(num(dashes[i]));
            }
            out.append('"');
        }
        return out;
    }

    private void closeGroup() {
        if (groupOpen) {
            out.append("</g>\n");
            groupOpen = false;
        }
    }

    /** Two decimals at most, no exponent, no locale surprises. */
    static String num(double v) {
        long r = Math.round(v * 100);
        if (r % 100 == 0) {
            return Long.toString(r / 100);
        }
        return String.format(Locale.ROOT, "%.2f", r / 100.0).replaceAll("0+$", "");
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (ch >= 0x20 || ch == '\t') {
                        b.append(ch);
                    }
                }
            }
        }
        return b.toString();
    }
}
