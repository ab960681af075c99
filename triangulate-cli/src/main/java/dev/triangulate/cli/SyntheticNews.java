package dev.triangulate.cli;

import dev.triangulate.model.Article;
import dev.triangulate.model.Coverage;
import dev.triangulate.model.Document;
import dev.triangulate.model.EntityType;
import dev.triangulate.model.Fact;
import dev.triangulate.model.Granularity;
import dev.triangulate.model.Mention;
import dev.triangulate.model.Published;
import dev.triangulate.model.Sentence;
import dev.triangulate.model.Span;
import dev.triangulate.model.TimeType;
import dev.triangulate.model.Token;
import dev.triangulate.model.When;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;

/**
 * A synthetic news stream with known stories, for measuring story clustering at scale. Each day new
 * stories open until they plan {@code perDay} articles; a story has one event kind (a set of topic
 * words shared with every story of that kind), its own words, people, places, organisation, numbers
 * and event date (three in ten stories feature one of a few hundred recurring public figures, with
 * that figure's usual kinds of event and place: stories that share a name, a place and topic words
 * yet are different events), and a power-law size (Pareto, most stories one or two reports, a few hundreds or
 * thousands). Its reports come from many outlets over days (longer for bigger stories), each written
 * anew from those pools plus Zipfian background words; about one in twelve is a syndicated copy of
 * an earlier report of its story with a new first sentence. Articles arrive day by day, shuffled
 * within a day. They are built as analysed {@link Coverage} (tokens with part of speech, mention and
 * date facts) directly, without running the analyser.
 *
 * <p>Deterministic for a seed. Mutable, one thread. Article {@code a<n>} is the n-th emitted; its
 * story is {@link #story(int)}.
 */
final class SyntheticNews implements Iterator<Coverage> {

    private static final int KINDS = 300;
    private static final int KIND_WORDS = 15;
    private static final int STORY_WORDS = 8;
    private static final int OUTLETS = 400;
    private static final double PARETO = 1.2;
    private static final int MAX_STORY = 3000;
    private static final double COPY_SHARE = 0.08;
    private static final int FAMOUS = 250;
    private static final double ABOUT_FAMOUS = 0.3;

    private final int articles;
    private final int perDay;
    private final Random random;
    private final NewsLexicon lexicon;
    private final int[][] kinds = new int[KINDS][KIND_WORDS];
    /** Recurring public figures, each with the few kinds of event and the place they turn up in. */
    private final String[] famous = new String[FAMOUS];
    private final int[][] famousKinds = new int[FAMOUS][];
    private final String[] famousPlaces = new String[FAMOUS];
    private final Map<Integer, List<Integer>> schedule = new HashMap<>();
    private final List<Plan> plans = new ArrayList<>();
    private final List<Integer> storySizes = new ArrayList<>();
    private final int[] storyOf;
    private final LocalDate start = LocalDate.of(2024, 1, 1);
    private List<Integer> today = List.of();
    private int todayAt;
    private int day = -1;
    private int emitted;

    SyntheticNews(int articles, int perDay, long seed) {
        this.articles = articles;
        this.perDay = perDay;
        this.random = new Random(seed);
        this.lexicon = new NewsLexicon(random, 40_000, 60_000, 8_000, 3_000);
        this.storyOf = new int[articles];
        for (int[] kind : kinds) {
            for (int i = 0; i < KIND_WORDS; i++) {
                kind[i] = 100 + random.nextInt(15_000); // topic words: common, not the commonest
            }
        }
        for (int i = 0; i < FAMOUS; i++) {
            famous[i] = lexicon.person(random);
            famousKinds[i] = new int[] {random.nextInt(KINDS), random.nextInt(KINDS), random.nextInt(KINDS)};
            famousPlaces[i] = lexicon.place(random);
        }
    }

    /** The gold story of the n-th article. */
    int story(int article) {
        return storyOf[article];
    }

    /** How many articles of {@code story} were emitted. */
    int storySize(int story) {
        return storySizes.get(story);
    }

    int stories() {
        return storySizes.size();
    }

    /** Days the stream has covered so far. */
    int days() {
        return day + 1;
    }

    @Override
    public boolean hasNext() {
        return emitted < articles;
    }

    @Override
    public Coverage next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        while (todayAt >= today.size()) {
            nextDay();
        }
        int s = today.get(todayAt++);
        Plan plan = plans.get(s);
        int n = emitted++;
        storyOf[n] = s;
        storySizes.set(s, storySizes.get(s) + 1);
        Coverage c = write(plan, "a" + n);
        if (--plan.remaining == 0) {
            plans.set(s, null); // finished: only its gold label stays
        }
        return c;
    }

    private void nextDay() {
        day++;
        int planned = 0;
        while (planned < perDay) {
            planned += open();
        }
        List<Integer> due = schedule.remove(day);
        today = due == null ? List.of() : due;
        Collections.shuffle(today, random);
        todayAt = 0;
    }

    /** Opens a story: draws its size and pools, and schedules its reports over the coming days. */
    private int open() {
        int size = (int) Math.min(MAX_STORY, Math.floor(1 / Math.pow(1 - random.nextDouble(), 1 / PARETO)));
        int id = plans.size();
        plans.add(plan(size));
        storySizes.add(0);
        double spread = 0.5 + Math.log(size) / Math.log(2); // a big story runs for weeks
        for (int i = 0; i < size; i++) {
            int offset = (int) Math.min(60, Math.floor(-Math.log(1 - random.nextDouble()) * spread));
            schedule.computeIfAbsent(day + offset, d -> new ArrayList<>()).add(id);
        }
        return size;
    }

    private Plan plan(int size) {
        Plan p = new Plan();
        p.remaining = size;
        int figure = random.nextDouble() < ABOUT_FAMOUS ? (int) Math.floor(FAMOUS * Math.pow(random.nextDouble(), 2)) : -1;
        p.kind = kinds[figure < 0 ? random.nextInt(KINDS) : famousKinds[figure][random.nextInt(3)]];
        p.words = new int[STORY_WORDS];
        for (int i = 0; i < STORY_WORDS; i++) {
            p.words[i] = 300 + random.nextInt(39_000);
        }
        p.people = new String[2 + random.nextInt(4)];
        for (int i = 0; i < p.people.length; i++) {
            p.people[i] = lexicon.person(random);
        }
        if (figure >= 0) {
            p.people[0] = famous[figure]; // the same figure, kind and place in many stories: the hard cases
        }
        p.places = new String[] {figure >= 0 && random.nextDouble() < 0.7 ? famousPlaces[figure] : lexicon.place(random),
            lexicon.place(random)};
        p.organisation = lexicon.organisation(random);
        p.numbers = new String[1 + random.nextInt(3)];
        for (int i = 0; i < p.numbers.length; i++) {
            p.numbers[i] = Integer.toString(2 + (int) Math.floor(Math.pow(10, 1 + 3 * random.nextDouble())));
        }
        p.event = start.plusDays(day - random.nextInt(2));
        return p;
    }

    /** One report: a fresh first sentence; the body fresh, or an earlier report's body for a syndicated copy. */
    private Coverage write(Plan plan, String id) {
        long body = random.nextLong();
        if (plan.lastBody != 0 && random.nextDouble() < COPY_SHARE) {
            body = plan.lastBody;
        }
        plan.lastBody = body;
        ArticleWriter w = new ArticleWriter(id, plan);
        w.sentence(new Random(random.nextLong()));
        Random r = new Random(body);
        int sentences = 7 + r.nextInt(9);
        for (int i = 1; i < sentences; i++) {
            w.sentence(r);
        }
        LocalDate published = start.plusDays(day);
        Article a = new Article(id, "synthetic", w.title(), "outlet-" + random.nextInt(OUTLETS), "", List.of(),
                Published.given(published, "synthetic"), "en", w.text.toString());
        return new Coverage(new Document(a, w.sentences), w.facts);
    }

    /** What a story's reports are written from. */
    private static final class Plan {
        int remaining;
        int[] kind;
        int[] words;
        String[] people;
        String[] places;
        String organisation;
        String[] numbers;
        LocalDate event;
        long lastBody;
    }

    /** Builds one article's text, tokens and facts together, so every span points at its characters. */
    private final class ArticleWriter {
        final String id;
        final Plan plan;
        final StringBuilder text = new StringBuilder();
        final List<Sentence> sentences = new ArrayList<>();
        final List<Fact> facts = new ArrayList<>();
        private List<Token> tokens;

        ArticleWriter(String id, Plan plan) {
            this.id = id;
            this.plan = plan;
        }

        String title() {
            List<Token> first = sentences.get(0).tokens();
            StringBuilder t = new StringBuilder();
            for (int i = 0; i < Math.min(9, first.size() - 1); i++) {
                t.append(i == 0 ? "" : " ").append(first.get(i).text());
            }
            return Character.toUpperCase(t.charAt(0)) + t.substring(1);
        }

        void sentence(Random r) {
            int begin = text.length();
            tokens = new ArrayList<>();
            int slots = 8 + r.nextInt(15);
            for (int i = 0; i < slots; i++) {
                slot(r);
            }
            token(".", "PUNCT");
            sentences.add(new Sentence(sentences.size(), new Span(id, begin, text.length()), tokens));
            text.append(' ');
        }

        private void slot(Random r) {
            double x = r.nextDouble();
            if (x < 0.28) {
                int f = r.nextInt(NewsLexicon.FUNCTION.length);
                token(NewsLexicon.FUNCTION[f], NewsLexicon.FUNCTION_POS[f]);
            } else if (x < 0.58) {
                word(lexicon.word(r));
            } else if (x < 0.71) {
                word(plan.kind[r.nextInt(KIND_WORDS)]);
            } else if (x < 0.78) {
                word(plan.words[r.nextInt(STORY_WORDS)]);
            } else if (x < 0.89) {
                entity(r);
            } else if (x < 0.94) {
                token(r.nextDouble() < 0.8 ? plan.numbers[r.nextInt(plan.numbers.length)]
                        : Integer.toString(10 + r.nextInt(990)), "NUM");
            } else if (x < 0.97) {
                date(r);
            } else {
                word(lexicon.word(r));
            }
        }

        private void word(int w) {
            token(lexicon.words[w], lexicon.wordPos[w]);
        }

        private void entity(Random r) {
            double x = r.nextDouble();
            String canonical;
            String surface;
            EntityType type;
            if (x < 0.55) {
                canonical = plan.people[r.nextInt(plan.people.length)];
                surface = r.nextBoolean() ? canonical : canonical.substring(canonical.indexOf(' ') + 1);
                type = EntityType.PERSON;
            } else if (x < 0.85) {
                canonical = plan.places[r.nextInt(plan.places.length)];
                surface = canonical;
                type = EntityType.PLACE;
            } else {
                canonical = plan.organisation;
                surface = canonical;
                type = EntityType.ORGANIZATION;
            }
            int begin = text.length();
            for (String part : surface.split(" ")) {
                token(part, "PROPN");
            }
            facts.add(new Mention(new Span(id, begin, text.length() - 1), surface, type, canonical));
        }

        private void date(Random r) {
            LocalDate d = r.nextDouble() < 0.8 ? plan.event : plan.event.minusDays(1 + r.nextInt(400));
            String month = d.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
            int begin = text.length();
            token(month, "PROPN");
            token(Integer.toString(d.getDayOfMonth()), "NUM");
            String phrase = month + " " + d.getDayOfMonth();
            facts.add(new When(new Span(id, begin, begin + phrase.length()), phrase, d.toString(), TimeType.DATE,
                    Granularity.DAY, d, d, null));
        }

        private void token(String s, String pos) {
            int begin = text.length();
            text.append(s).append(' ');
            tokens.add(new Token(begin, begin + s.length(), s, pos));
        }
    }
}
