package dev.stagecraft.diagram;

import dev.stagecraft.model.ComponentKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The diagram's colours for one {@link Theme}, read from the theme's style sheet so that window chrome,
 * canvas, PNG and SVG share one definition of each colour: {@code -sc-outage: #d32f2f;} in
 * {@code light.css} is {@code palette.get(Token.OUTAGE)} here.
 */
public final class Palette {
    /** Number of distinct wave colours; waves beyond it cycle. */
    public static final int WAVE_COLORS = 8;
    private static final Pattern DECLARATION = Pattern.compile("(-sc-[a-z0-9-]+)\\s*:\\s*(#[0-9a-fA-F]{6})\\s*;");

    private final Map<Token, Rgb> tokens = new EnumMap<>(Token.class);
    private final Map<ComponentKind, Rgb> kinds = new EnumMap<>(ComponentKind.class);
    private final Rgb[] waves = new Rgb[WAVE_COLORS];

    private Palette(Map<String, Rgb> declared, String source) {
        for (Token t : Token.values()) {
            tokens.put(t, require(declared, t.cssName(), source));
        }
        for (ComponentKind k : ComponentKind.values()) {
            kinds.put(k, require(declared, "-sc-kind-" + k.id(), source));
        }
        for (int i = 0; i < WAVE_COLORS; i++) {
            waves[i] = require(declared, "-sc-wave-" + i, source);
        }
    }

    /** The palette of a theme, parsed from its style sheet. */
    public static Palette of(Theme theme) {
        try (InputStream in = theme.styleSheet().openStream()) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), theme.id() + ".css");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads every {@code -sc-name: #rrggbb;} declaration; fails naming the first token missing. */
    static Palette parse(String css, String source) {
        Map<String, Rgb> declared = new HashMap<>();
        Matcher m = DECLARATION.matcher(css);
        while (m.find()) {
            declared.put(m.group(1), Rgb.parse(m.group(2).toLowerCase(Locale.ROOT)));
        }
        return new Palette(declared, source);
    }

    public Rgb get(Token token) {
        return tokens.get(token);
    }

    /** Accent colour of a component kind (its glyph). */
    public Rgb kind(ComponentKind kind) {
        return kinds.get(kind);
    }

    /** Colour of wave {@code w} (cycling after {@value #WAVE_COLORS}). */
    public Rgb wave(int w) {
        return waves[Math.floorMod(w, WAVE_COLORS)];
    }

    /** A pale fill for a box drawn in an accent colour. */
    public Rgb tint(Rgb accent) {
        return accent.mix(get(Token.NODE_FILL), 0.78);
    }

    private static Rgb require(Map<String, Rgb> declared, String name, String source) {
        Rgb c = declared.get(name);
        if (c == null) {
            throw new IllegalStateException(source + " does not define " + name);
        }
        return c;
    }

    /** The named colours; each is {@code -sc-<name>} in the style sheets. */
    public enum Token {
        BACKGROUND, NODE_FILL, NODE_BORDER, TEXT, TEXT_SECONDARY, EDGE, EDGE_SOFT,
        GROUP_FILL, GROUP_BORDER, GROUP_TEXT, SYSTEM_FILL, SYSTEM_BORDER, SYSTEM_TEXT, SELECTED, OUTAGE, OUTAGE_FILL, DEGRADED, DEGRADED_FILL,
        CRITICAL, CRITICAL_FILL, CYCLE, CYCLE_FILL, DIM, DIM_FILL, CHANGING, BADGE_TEXT,
        LEGEND_FILL, LEGEND_BORDER,
        /** A simulation replay's phases (see {@code simulation.Phase}). */
        REPLAY_PENDING, REPLAY_CANARY, REPLAY_DONE, REPLAY_HELD, REPLAY_FAILED, REPLAY_ROLLING_BACK, REPLAY_ROLLED_BACK;

        public String cssName() {
            return "-sc-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
