package dev.stagecraft.diagram;

import java.net.URL;
import java.util.Locale;
import java.util.Optional;

/** Light or dark: a style sheet for the window chrome and the {@link Palette} the painter reads from it. */
public enum Theme {
    LIGHT, DARK;

    /** The theme's style sheet, {@code /dev/stagecraft/ui/light.css} or {@code dark.css}. */
    public URL styleSheet() {
        URL url = Theme.class.getResource("/dev/stagecraft/ui/" + id() + ".css");
        if (url == null) {
            throw new IllegalStateException("theme style sheet missing from the class path: " + id() + ".css");
        }
        return url;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Theme> parse(String text) {
        for (Theme t : values()) {
            if (t.id().equals(text)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
