package dev.triangulate.reconcile;

import static dev.triangulate.TestStories.ANALYZER;
import static dev.triangulate.TestStories.RECONCILER;
import static dev.triangulate.TestStories.WRITER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.triangulate.model.Article;
import dev.triangulate.model.Briefing;
import dev.triangulate.model.Comparison;
import dev.triangulate.model.Coverage;
import dev.triangulate.model.Evidence;
import dev.triangulate.model.Finding;
import dev.triangulate.model.Published;
import dev.triangulate.model.Story;
import dev.triangulate.model.Verdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link FactReconciler} and the brief writer on random stories: 2 to 6 articles mixing
 * news-like sentences (figures with units and modifiers, dates, quotes, speculation, inserted lines)
 * drawn from small vocabularies with random junk, some articles syndicated copies of others. Whatever
 * the input: no exception, every cited passage equals its article's characters, conflicts have two
 * sides from different articles, verdicts count independent articles, and the output is deterministic.
 */
class ReconcileBriefContractTest {

    private static final int STORIES = 300;

    private static final String[] SUBJECTS = {"residents", "firefighters", "people", "homes", "soldiers",
            "North Korean troops", "Russian troops", "Tarnian border guards", "vehicles", "patients", "rockets"};
    private static final String[] MODIFIERS = {"", "about ", "around ", "nearly ", "more than ", "up to ",
            "at least ", "fewer than ", "some ", "almost "};
    private static final String[] NUMBERS = {"2", "12", "50", "300", "480", "500", "3,000", "10,000", "50,000",
            "two", "dozens of", "hundreds of", "1.5 million", "between 20 and 30"};
    private static final String[] MEASURES = {"300 km", "190 miles", "40 kilometres", "12 hectares", "30 acres",
            "$2 billion", "4 million pounds", "15%", "200 metres", "5 square kilometres", "a 190-mile"};
    private static final String[] DATES = {"on Sunday", "in August 2023", "in October 2024", "on 18 October 2024",
            "last month", "on 3 March 2021", "in 2019", "since August", "until next week", "this summer",
            "on 12 June", "yesterday", "in early November", "for three weeks"};
    private static final String[] VERBS = {"were killed", "fled the valley", "arrived", "were deployed",
            "began arriving", "were evacuated", "were rescued", "withdrew", "were sent to the border region"};
    private static final String[] PLACES = {"in the northern province", "near the old mill", "at the Velm crossing",
            "in the Kursk region", "in Marlow", "across the coast", ""};
    private static final String[] TAILS = {", officials said.", ", according to the agency.", ".",
            ", the ministry said.", ", reportedly.", " — the council said.", "; the count is unconfirmed.", "?"};
    private static final String[] SPEAKERS = {"Governor Maria Alvarez", "Mayor Thomas Berg", "Priya Nandakumar",
            "a spokesman", "the minister", "Dmitry Volkov", "he", "she"};
    private static final String[] QUOTED = {"We will rebuild every home that was lost in this fire",
            "This is a reckless escalation", "We cannot take any risk", "fresh start",
            "The situation is under control and the roads are open", "nobody expected the water to rise so fast"};
    private static final String[] LINES = {"RELATED: More reports from the region", "READ MORE: The flood in pictures",
            "ADVERTISEMENT", "Photo: Reuters", "—", "", "* * *"};
    private static final String[] FRAGMENTS = {"the", "of", "and", "regime", "so-called", "Mr.", "U.S.", "No.",
            "(", ")", "\"", "“", "”", "'", ":", ";", "…", "12:30", "2024-10-18", "km", "%", "St.", "e.g.", "x",
            "Kyiv", "Zürich", "naïve", "\u00A0", "\t", "\u2028", "🙂", "ß", "İ"};

    @Test
    void randomStoriesKeepTheBriefingContract() {
        Random random = new Random(20241118L);
        int findings = 0;
        int conflicts = 0;
        for (int i = 0; i < STORIES; i++) {
            Story story = story(random, i);
            try {
                Comparison comparison = RECONCILER.reconcile(story);
                Briefing briefing = WRITER.write(story, comparison);
                check(story, briefing);
                assertEquals(briefing, WRITER.write(story, RECONCILER.reconcile(story)), "deterministic");
                findings += briefing.findings().size();
                conflicts += briefing.findings(Verdict.Conflicting.class).size();
            } catch (AssertionError | RuntimeException e) {
                fail("story " + i + " broke the contract: " + e + "\n" + texts(story), e);
            }
        }
        assertTrue(findings > STORIES, "the generator makes findings: " + findings);
        assertTrue(conflicts > 0, "the generator makes conflicts");
    }

    @Test
    void analysisIsDeterministic() {
        Random random = new Random(7L);
        for (int i = 0; i < 40; i++) {
            Article a = article("d" + i, text(random), random);
            assertEquals(ANALYZER.analyze(a), ANALYZER.analyze(a), a::text);
        }
    }

    private static void check(Story story, Briefing b) {
        List<Evidence> all = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (Finding f : b.findings()) {
            assertTrue(ids.add(f.id()), "finding ids are unique: " + f.id());
            assertTrue(!f.evidence().isEmpty(), "a finding cites something: " + f);
            all.addAll(f.evidence());
            checkVerdict(story, f);
        }
        for (Briefing.Cited c : b.summary()) {
            assertEquals(c.text(), c.evidence().get(0).text(), "a summary sentence cites itself first");
            all.addAll(c.evidence());
        }
        LocalDate previous = LocalDate.MIN;
        for (Briefing.TimelineEntry t : b.timeline()) {
            assertTrue(!t.day().isBefore(previous), "timeline in day order: " + b.timeline());
            previous = t.day();
            all.addAll(t.evidence());
        }
        b.quotes().forEach(q -> all.addAll(q.evidence()));
        b.outlets().forEach(o -> all.addAll(o.loaded()));
        assertEquals(story.members().size(), b.outlets().size(), "one profile per article");
        for (Evidence e : all) {
            Coverage c = story.member(e.article());
            assertTrue(c != null, "evidence from a member: " + e);
            assertTrue(e.span().end() <= c.article().text().length(), "span inside the text: " + e);
            assertEquals(e.span().of(c.article().text()), e.text(), "evidence text at " + e.span());
        }
    }

    private static void checkVerdict(Story story, Finding f) {
        Set<String> originals = f.articles().stream().map(story::original).collect(Collectors.toSet());
        switch (f.verdict()) {
            case Verdict.Conflicting c -> {
                assertTrue(c.sides().size() >= 2, f::toString);
                Set<String> sideArticles = c.sides().stream().flatMap(s -> s.evidence().stream())
                        .map(Evidence::article).map(story::original).collect(Collectors.toSet());
                assertTrue(sideArticles.size() >= 2, () -> "conflict sides from different articles: " + f);
                for (Verdict.Side s : c.sides()) {
                    assertTrue(!s.evidence().isEmpty() && f.evidence().containsAll(s.evidence()), f::toString);
                }
            }
            case Verdict.Corroborated c -> {
                assertTrue(c.independentSources() >= 2, f::toString);
                assertEquals(originals.size(), c.independentSources(), () -> "counts independent articles: " + f);
            }
            case Verdict.SingleSource s -> {
                assertEquals(1, originals.size(), () -> "one independent article: " + f);
                assertTrue(f.articles().contains(s.article()), f::toString);
            }
        }
    }

    private static Story story(Random random, int n) {
        int size = 2 + random.nextInt(5);
        List<Coverage> members = new ArrayList<>();
        Map<String, String> copyOf = new HashMap<>();
        for (int i = 0; i < size; i++) {
            String id = "s" + n + "-" + i;
            if (i > 0 && random.nextInt(6) == 0) {
                Coverage original = members.get(random.nextInt(members.size()));
                members.add(ANALYZER.analyze(article(id, original.article().text(), random)));
                copyOf.put(id, story(copyOf, original.id()));
            } else {
                members.add(ANALYZER.analyze(article(id, text(random), random)));
            }
        }
        return new Story("story-" + n, "", List.of(), members, copyOf);
    }

    private static String story(Map<String, String> copyOf, String id) {
        return copyOf.getOrDefault(id, id);
    }

    private static Article article(String id, String text, Random random) {
        Published published = random.nextInt(5) == 0 ? Published.UNKNOWN
                : Published.given(LocalDate.of(2024, 1, 1).plusDays(random.nextInt(700)), "random");
        return new Article(id, id, "", random.nextBoolean() ? "" : "Outlet " + random.nextInt(4), "", List.of(),
                published, "en", text);
    }

    private static String text(Random random) {
        StringBuilder sb = new StringBuilder();
        int sentences = 1 + random.nextInt(8);
        for (int i = 0; i < sentences; i++) {
            switch (random.nextInt(9)) {
                case 0, 1, 2 -> sb.append(count(random));
                case 3 -> sb.append(measure(random));
                case 4 -> sb.append(quote(random));
                case 5 -> sb.append(pick(random, LINES)).append('\n');
                case 6 -> sb.append(junk(random));
                case 7 -> sb.append("The storm ").append(pick(random, new String[] {"could", "may", "will"}))
                        .append(" kill ").append(count(random));
                default -> sb.append(capitalise(pick(random, SUBJECTS))).append(' ').append(pick(random, VERBS))
                        .append(' ').append(pick(random, DATES)).append(pick(random, TAILS));
            }
            sb.append(random.nextInt(4) == 0 ? "\n\n" : " ");
        }
        return random.nextInt(10) == 0 ? mutate(sb.toString(), random) : sb.toString();
    }

    private static String count(Random random) {
        return capitalise(pick(random, MODIFIERS) + pick(random, NUMBERS)) + " " + pick(random, SUBJECTS) + " "
                + pick(random, VERBS) + " " + pick(random, PLACES) + " " + pick(random, DATES) + pick(random, TAILS);
    }

    private static String measure(Random random) {
        return "The new rocket can hit targets " + pick(random, MODIFIERS) + pick(random, MEASURES) + " away "
                + pick(random, PLACES) + pick(random, TAILS);
    }

    private static String quote(Random random) {
        String words = pick(random, QUOTED);
        String speaker = pick(random, SPEAKERS);
        return switch (random.nextInt(3)) {
            case 0 -> "\"" + words + ",\" " + speaker + " said " + pick(random, DATES) + ".";
            case 1 -> capitalise(speaker) + " told reporters: “" + words + ".”";
            default -> "Critics called it a \"" + words + "\" " + pick(random, PLACES) + ".";
        };
    }

    private static String junk(Random random) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + random.nextInt(12);
        for (int i = 0; i < n; i++) {
            sb.append(random.nextInt(5) == 0 ? Character.toString(0x20 + random.nextInt(0x3000)) : pick(random, FRAGMENTS));
            sb.append(random.nextBoolean() ? " " : "");
        }
        return sb.toString();
    }

    /** Deletes, duplicates or swaps a few characters: half-broken copy as scrapers produce it. */
    private static String mutate(String s, Random random) {
        StringBuilder sb = new StringBuilder(s);
        for (int k = 0; k < 3 && sb.length() > 2; k++) {
            int i = random.nextInt(sb.length() - 1);
            switch (random.nextInt(3)) {
                case 0 -> sb.deleteCharAt(i);
                case 1 -> sb.insert(i, sb.charAt(i));
                default -> {
                    char c = sb.charAt(i);
                    sb.setCharAt(i, sb.charAt(i + 1));
                    sb.setCharAt(i + 1, c);
                }
            }
        }
        return sb.toString();
    }

    private static String pick(Random random, String[] words) {
        return words[random.nextInt(words.length)];
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String texts(Story story) {
        return story.members().stream().map(c -> c.id() + ": " + c.article().text()).collect(Collectors.joining("\n"));
    }
}
