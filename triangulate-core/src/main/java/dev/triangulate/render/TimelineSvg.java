package dev.triangulate.render;

import dev.triangulate.model.Briefing;
import dev.triangulate.model.Briefing.TimelineEntry;
import dev.triangulate.model.Coverage;
import dev.triangulate.model.Evidence;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Draws a story's timeline as inline SVG: one lane per article, the dates on a shared axis, and a
 * dot for every article that dates an event, linked to its cited passage. Every dated day gets a
 * tick; only ticks far enough apart get a date label, so labels never overlap (the first and the
 * last day are always labelled). Entries without a day are left out (the list beside the drawing
 * has them). The drawing sits in a {@code chart-wrap} box that scrolls sideways on screens too
 * narrow for it to stay legible. Writes into the caller's {@link Html}; not thread-safe.
 */
final class TimelineSvg {

    private static final int WIDTH = 760;
    private static final int LABELS = 160;
    private static final int MARGIN = 24;
    private static final int LANE = 22;
    private static final int AXIS = 40;
    /** The width of a date label ("2025-08-04" at the chart's 12px font) plus a gap, in drawing units. */
    private static final int LABEL_SPACING = 78;
    private static final int MAX_LABEL = 22;

    private final Html h;
    private final Briefing briefing;
    private final Function<Evidence, String> href;
    private final List<String> lanes;
    private final List<TimelineEntry> dated;
    private final LocalDate first;
    private final LocalDate last;

    /** @param href the link target of a passage's dot ({@code #s0-src-3}); numbers the passage */
    TimelineSvg(Html h, Briefing briefing, Function<Evidence, String> href) {
        this.h = h;
        this.briefing = briefing;
        this.href = href;
        this.lanes = briefing.story().members().stream().map(Coverage::id).toList();
        this.dated = briefing.timeline().stream().filter(t -> t.day() != null).toList();
        this.first = dated.stream().map(TimelineEntry::day).min(LocalDate::compareTo).orElse(null);
        this.last = dated.stream().map(TimelineEntry::day).max(LocalDate::compareTo).orElse(null);
    }

    void write() {
        if (dated.isEmpty() || lanes.isEmpty()) {
            return;
        }
        int height = lanes.size() * LANE + AXIS;
        h.open("div", "class", "chart-wrap");
        h.open("svg", "class", "timeline-chart", "role", "img", "viewBox", "0 0 " + WIDTH + " " + height,
                "width", Integer.toString(WIDTH), "height", Integer.toString(height), "xmlns", "http://www.w3.org/2000/svg");
        h.element("title", "Timeline: dated events by article");
        lanes();
        axis(lanes.size() * LANE);
        dots();
        h.close("svg").close("div").newline();
    }

    private void lanes() {
        for (int i = 0; i < lanes.size(); i++) {
            int y = laneY(i);
            h.empty("line", "class", "lane", "x1", str(LABELS), "y1", str(y), "x2", str(WIDTH - MARGIN), "y2", str(y));
            h.element("text", label(HtmlStory.outletName(briefing, lanes.get(i))), "x", str(LABELS - 8),
                    "y", str(y + 4), "text-anchor", "end");
        }
    }

    private void axis(int y) {
        h.empty("line", "class", "axis", "x1", str(LABELS), "y1", str(y), "x2", str(WIDTH - MARGIN), "y2", str(y));
        List<LocalDate> days = new ArrayList<>(new TreeSet<>(dated.stream().map(TimelineEntry::day).toList()));
        for (LocalDate day : days) {
            String x = num(x(day));
            h.empty("line", "class", "tick", "x1", x, "y1", str(y), "x2", x, "y2", str(y + 5));
        }
        for (LocalDate day : labelled(days)) {
            h.element("text", day.toString(), "x", num(x(day)), "y", str(y + 20), "text-anchor", "middle");
        }
    }

    /**
     * The days to label: walking left to right, each day at least {@link #LABEL_SPACING} from the
     * last labelled one; the last day replaces a label too close to it, so both ends stay labelled.
     */
    private List<LocalDate> labelled(List<LocalDate> days) {
        List<LocalDate> picked = new ArrayList<>();
        for (LocalDate day : days) {
            if (picked.isEmpty() || x(day) - x(picked.getLast()) >= LABEL_SPACING) {
                picked.add(day);
            }
        }
        LocalDate end = days.getLast();
        if (!picked.getLast().equals(end)) {
            if (picked.size() > 1 && x(end) - x(picked.getLast()) < LABEL_SPACING) {
                picked.removeLast();
            }
            if (x(end) - x(picked.getLast()) >= LABEL_SPACING) {
                picked.add(end);
            }
        }
        return picked;
    }

    private void dots() {
        for (TimelineEntry t : dated) {
            for (int lane = 0; lane < lanes.size(); lane++) {
                String article = lanes.get(lane);
                Evidence e = t.evidence().stream().filter(p -> p.article().equals(article)).findFirst().orElse(null);
                if (e != null) {
                    dot(t, e, lane);
                }
            }
        }
    }

    private void dot(TimelineEntry t, Evidence e, int lane) {
        h.open("a", "href", href.apply(e));
        h.open("circle", "class", "dot", "cx", num(x(t.day())), "cy", str(laneY(lane)), "r", "5");
        h.element("title", t.when() + ": " + t.what());
        h.close("circle").close("a");
    }

    private double x(LocalDate day) {
        long span = ChronoUnit.DAYS.between(first, last);
        double width = WIDTH - MARGIN - LABELS - 2.0 * MARGIN;
        double offset = span == 0 ? width / 2 : width * ChronoUnit.DAYS.between(first, day) / span;
        return LABELS + MARGIN + offset;
    }

    private static int laneY(int lane) {
        return lane * LANE + LANE / 2 + 4;
    }

    private static String label(String s) {
        return s.length() <= MAX_LABEL ? s : s.substring(0, MAX_LABEL - 1) + "…";
    }

    private static String str(int v) {
        return Integer.toString(v);
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
