package dev.triangulate.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triangulate.model.Article;
import dev.triangulate.model.Briefing;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TimelineSvgTest {

    /** A date label ("2025-03-04" at the chart's 12px font) is about 66 drawing units wide. */
    private static final double LABEL_WIDTH = 66;
    private static final Pattern TICK = Pattern.compile("<line class=\"tick\" x1=\"([0-9.]+)\"");
    private static final Pattern LABEL = Pattern.compile("<text x=\"([0-9.]+)\" y=\"\\d+\" text-anchor=\"middle\">([0-9-]+)</text>");

    private static String draw(List<Integer> daysOfMarch) {
        Briefing b = BriefingFixture.briefing();
        Article herald = BriefingFixture.herald();
        List<Briefing.TimelineEntry> entries = daysOfMarch.stream().map(d -> new Briefing.TimelineEntry(
                "2025-03-" + d, LocalDate.of(2025, 3, d), "Floodwaters reached the town of Millbrook on Monday.",
                List.of(BriefingFixture.ev(herald, "Monday", null, null)))).toList();
        Briefing many = new Briefing(b.story(), b.summary(), b.findings(), entries, b.quotes(), b.entities(), b.outlets());
        Html h = new Html();
        new TimelineSvg(h, many, e -> "#x").write();
        return h.toString();
    }

    private static List<Double> xs(Pattern p, String svg) {
        List<Double> out = new ArrayList<>();
        Matcher m = p.matcher(svg);
        while (m.find()) {
            out.add(Double.parseDouble(m.group(1)));
        }
        return out;
    }

    @Test
    void ticksEveryDayButLabelsOnlyDaysThatDoNotOverlap() {
        String svg = draw(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20));
        assertEquals(20, xs(TICK, svg).size(), "one tick per dated day");
        List<Double> labels = xs(LABEL, svg);
        assertTrue(labels.size() >= 4 && labels.size() < 20, labels.toString());
        for (int i = 1; i < labels.size(); i++) {
            assertTrue(labels.get(i) - labels.get(i - 1) > LABEL_WIDTH, "labels overlap: " + labels);
        }
        assertTrue(svg.contains(">2025-03-01</text>") && svg.contains(">2025-03-20</text>"), "both ends labelled");
    }

    @Test
    void keepsTheLastDayLabelledWhenItCrowdsThePreviousLabel() {
        String svg = draw(List.of(1, 10, 24, 25));
        List<Double> labels = xs(LABEL, svg);
        assertTrue(svg.contains(">2025-03-01</text>") && svg.contains(">2025-03-25</text>"), svg);
        assertTrue(!svg.contains(">2025-03-24</text>"), "the day crowding the last one loses its label");
        for (int i = 1; i < labels.size(); i++) {
            assertTrue(labels.get(i) - labels.get(i - 1) > LABEL_WIDTH, "labels overlap: " + labels);
        }
    }

    @Test
    void drawsInABoxThatCanScrollSideways() {
        assertTrue(draw(List.of(3)).startsWith("<div class=\"chart-wrap\"><svg class=\"timeline-chart\""));
    }
}
