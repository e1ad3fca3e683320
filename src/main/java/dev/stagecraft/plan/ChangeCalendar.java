package dev.stagecraft.plan;

import dev.stagecraft.model.ChangeWindow;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.Freeze;
import dev.stagecraft.model.Governance;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Calendar time for a plan that starts at a date-time (README, "Safe windows and freezes"). Minute m of the plan is
 * {@code start + m} minutes. The rule: <b>every canary stage starts inside a change window of each member of its
 * step</b> (a stage that is under way may run past the window's end: a bake is not cut off), and <b>no stage runs
 * during a freeze that applies to a member</b> (it waits until the freeze ends); between stages the step holds its
 * current traffic share. A component is governed by the windows naming it, else by those naming its team, else by
 * the graph-wide ones; with none it may start any time. Freezes apply to the components and teams they name, or to
 * all. Rollbacks are not held by windows or freezes. Deterministic; DST-aware through {@link ZonedDateTime}.
 * Not thread-safe (each window's openings are made as the schedule reaches them).
 */
public final class ChangeCalendar {
    /** A wait of a step before one of its stages: from minute {@code from}, {@code minutes} long, and why. */
    public record Wait(int stage, int from, int minutes, String cause) {
    }

    /** How far ahead a step's windows are searched before it is declared unschedulable: two years. */
    private static final long HORIZON_MINUTES = 2L * 366 * 24 * 60;
    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final ZonedDateTime start;
    private final Instant origin;
    private final Governance governance;
    /** The graph-wide windows (naming no component or team): what a timeline shades when closed. */
    private final List<ChangeWindow> global;
    private final Map<ChangeWindow, Openings> openings = new java.util.IdentityHashMap<>();
    private final long[][] freezeSpan;

    public ChangeCalendar(Governance governance, ZonedDateTime start) {
        this.start = start;
        this.origin = start.toInstant();
        this.governance = governance;
        for (ChangeWindow w : governance.windows()) {
            openings.put(w, new Openings(w, ZoneId.of(governance.zoneOr(w.timeZone()))));
        }
        global = governance.windows().stream().filter(w -> w.components().isEmpty() && w.teams().isEmpty()).toList();
        freezeSpan = new long[governance.freezes().size()][];
        for (int i = 0; i < freezeSpan.length; i++) {
            Freeze f = governance.freezes().get(i);
            ZoneId zone = ZoneId.of(governance.zoneOr(f.timeZone()));
            freezeSpan[i] = new long[] {minutesFromStart(f.from().atZone(zone).toInstant(), false),
                minutesFromStart(f.to().atZone(zone).toInstant(), true)};
        }
    }

    public ZonedDateTime start() {
        return start;
    }

    public Governance governance() {
        return governance;
    }

    /** Minute {@code m} of the plan as a date-time with offset in the start's zone: {@code 2026-12-07T09:00:00+01:00}. */
    public String written(long minute) {
        return WRITTEN.format(start.plusMinutes(minute));
    }

    /** What holds one step: the window sets of its members (distinct) and the freezes that apply to any of them. */
    public final class StepRules {
        private final List<List<ChangeWindow>> windowSets;
        private final int[] freezes;

        private StepRules(List<List<ChangeWindow>> windowSets, int[] freezes) {
            this.windowSets = windowSets;
            this.freezes = freezes;
        }

        public boolean unconstrained() {
            return windowSets.isEmpty() && freezes.length == 0;
        }

        /**
         * The first minute at or after {@code ready} at which a stage of {@code minutes} may start: inside a window
         * of every member, and not overlapping a freeze. The cause of the wait (if any) is added to {@code causes}.
         *
         * @throws IllegalStateException when no such minute comes within two years (windows that never meet)
         */
        public int earliest(int ready, int minutes, Set<String> causes) {
            long t = ready;
            for (int round = 0; round < 100_000; round++) {
                boolean moved = false;
                for (int f : freezes) {
                    long[] span = freezeSpan[f];
                    if (t < span[1] && t + Math.max(1, minutes) > span[0]) {
                        t = span[1];
                        moved = true;
                        causes.add("freeze " + governance.freezes().get(f).label());
                    }
                }
                for (List<ChangeWindow> set : windowSets) {
                    long open = nextOpening(set, t);
                    if (open != t) {
                        if (open == Long.MAX_VALUE) {
                            throw new IllegalStateException("window never opens");
                        }
                        causes.add("outside window " + names(set));
                        t = open;
                        moved = true;
                    }
                }
                if (!moved) {
                    if (t > Integer.MAX_VALUE / 2) {
                        break;
                    }
                    return (int) t;
                }
                if (t - ready > HORIZON_MINUTES) {
                    break;
                }
            }
            throw new IllegalStateException("no start within two years of minute " + ready + ": "
                    + String.join(", ", causes));
        }
    }

    /** The rules of a step with these members. */
    public StepRules rules(List<Component> members) {
        Set<List<ChangeWindow>> sets = new LinkedHashSet<>();
        Set<Integer> freezes = new java.util.TreeSet<>();
        for (Component c : members) {
            List<ChangeWindow> w = governance.windowsOf(c);
            if (!w.isEmpty()) {
                sets.add(w);
            }
            governance.freezesOf(c).forEach(f -> freezes.add(governance.freezes().indexOf(f)));
        }
        return new StepRules(new ArrayList<>(sets), freezes.stream().mapToInt(Integer::intValue).toArray());
    }

    private static String names(List<ChangeWindow> set) {
        List<String> ids = new ArrayList<>(set.size());
        set.forEach(w -> ids.add(w.id()));
        return String.join(" / ", ids);
    }

    /** A stretch of plan minutes [from, to) with what it is: a freeze's label, or the windows that are closed. */
    public record Span(long from, long to, String label) {
    }

    /** Every freeze as plan minutes (also those before the start or after the end), labelled by its reason or id. */
    public List<Span> freezeSpans() {
        List<Span> out = new ArrayList<>(freezeSpan.length);
        for (int i = 0; i < freezeSpan.length; i++) {
            Freeze f = governance.freezes().get(i);
            String label = f.reason() != null ? f.reason() : f.label();
            out.add(new Span(freezeSpan[i][0], freezeSpan[i][1], f.appliesToAll() ? label : label + " ("
                    + String.join(", ", concat(f.teams(), f.components())) + ")"));
        }
        return out;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /**
     * When the graph-wide windows are all closed, from minute 0 to {@code until}: what a timeline shades. Empty
     * when there are no graph-wide windows (changes may start any time).
     */
    public List<Span> closedSpans(long until) {
        List<Span> out = new ArrayList<>();
        if (global.isEmpty()) {
            return out;
        }
        String label = "outside " + names(global);
        long t = 0;
        while (t < until && out.size() < 100_000) {
            long open = nextOpening(global, t);
            if (open > t) {
                out.add(new Span(t, Math.min(open, until), label));
                if (open == Long.MAX_VALUE) {
                    break;
                }
                t = open;
            }
            long close = t;
            for (ChangeWindow w : global) {
                close = Math.max(close, openings.get(w).closeOf(t));
            }
            t = Math.max(close, t + 1);
        }
        return out;
    }

    /** The first minute at or after {@code t} inside one of the windows; {@code t} itself when inside one. */
    private long nextOpening(List<ChangeWindow> set, long t) {
        long best = Long.MAX_VALUE;
        for (ChangeWindow w : set) {
            best = Math.min(best, openings.get(w).next(t));
            if (best == t) {
                return t;
            }
        }
        return best;
    }

    /**
     * When one window is open, as minutes of the plan: [open, close) intervals in order, made day by day from the day
     * before the start as far as the schedule asks (each DST-aware, in the window's zone). O(log intervals) a query.
     */
    private final class Openings {
        private final ChangeWindow window;
        private final ZoneId zone;
        private long[] open = new long[16];
        private long[] close = new long[16];
        private int count;
        private LocalDate nextDay;
        private long coveredUntil = Long.MIN_VALUE;

        Openings(ChangeWindow window, ZoneId zone) {
            this.window = window;
            this.zone = zone;
            this.nextDay = start.withZoneSameInstant(zone).toLocalDate().minusDays(1);
        }

        /** The first minute at or after {@code t} when the window is open; Long.MAX_VALUE when it never opens. */
        long next(long t) {
            if (window.days().isEmpty()) {
                return Long.MAX_VALUE;
            }
            while (coveredUntil <= t + 8L * 24 * 60) {
                if (coveredUntil > HORIZON_MINUTES * 2) {
                    break;
                }
                extend();
            }
            int i = firstClosingAfter(t);
            if (i == count) {
                return Long.MAX_VALUE;
            }
            return open[i] <= t ? t : open[i];
        }

        /** The first opening that closes after minute {@code t} ({@code count} when none): a binary search. */
        private int firstClosingAfter(long t) {
            int lo = 0;
            int hi = count;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (close[mid] <= t) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        /** When the opening that holds minute {@code t} closes; {@code t} when none holds it. */
        long closeOf(long t) {
            return next(t) != t ? t : close[firstClosingAfter(t)];
        }

        /** Four more weeks of openings. */
        private void extend() {
            for (int d = 0; d < 28; d++, nextDay = nextDay.plusDays(1)) {
                if (!window.days().contains(nextDay.getDayOfWeek())) {
                    continue;
                }
                long opens = minutesFromStart(ZonedDateTime.of(nextDay, window.from(), zone).toInstant(), true);
                long closes = minutesFromStart(ZonedDateTime.of(window.overnight() ? nextDay.plusDays(1) : nextDay,
                        window.to(), zone).toInstant(), true);
                if (count == open.length) {
                    open = java.util.Arrays.copyOf(open, count * 2);
                    close = java.util.Arrays.copyOf(close, count * 2);
                }
                open[count] = opens;
                close[count] = closes;
                count++;
            }
            coveredUntil = minutesFromStart(ZonedDateTime.of(nextDay, LocalTime.MIDNIGHT, zone).toInstant(), false);
        }
    }

    /** Whole minutes from the plan's start to an instant, rounded down or up. */
    private long minutesFromStart(Instant at, boolean up) {
        long seconds = Duration.between(origin, at).getSeconds();
        return up ? Math.floorDiv(seconds + 59, 60) : Math.floorDiv(seconds, 60);
    }
}
