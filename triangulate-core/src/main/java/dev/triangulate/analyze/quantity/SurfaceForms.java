package dev.triangulate.analyze.quantity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A table of surface forms ("km", "square miles", "more than") with their meanings, matched at a
 * position of a text, longest form first, on word boundaries.
 *
 * <p>Built once while loading, then read only: safe to share between threads.
 *
 * @param <T> what a form means
 */
final class SurfaceForms<T> {

    /** One spelling of a meaning. */
    record Form<T>(String text, T meaning, boolean ignoreCase, boolean attachedOnly) {
    }

    /** A form found in a text, ending at {@code end} (or starting at {@code start} when looking back). */
    record Hit<T>(Form<T> form, int start, int end) {
        T meaning() {
            return form.meaning();
        }
    }

    private final Map<Character, List<Form<T>>> byFirst = new HashMap<>();
    private final Map<Character, List<Form<T>>> byLast = new HashMap<>();
    private static final Comparator<Form<?>> LONGEST_FIRST =
            Comparator.comparingInt((Form<?> f) -> f.text().length()).reversed();

    /**
     * Adds a form. A leading {@code ^} marks a form that must touch the digits ("40C"). Forms of
     * four or more characters and {@code ignoreCase} forms match in any case.
     */
    void add(String spelling, T meaning, boolean ignoreCase) {
        String text = spelling.startsWith("^") ? spelling.substring(1) : spelling;
        addForm(spelling, meaning, ignoreCase || text.length() >= 4);
    }

    /** Adds a form that matches only as written, whatever its length: "MARS 5" (millions of pesos) is not "Mars 5". */
    void addExact(String spelling, T meaning) {
        addForm(spelling, meaning, false);
    }

    private void addForm(String spelling, T meaning, boolean ignoreCase) {
        boolean attached = spelling.startsWith("^") && spelling.length() > 1;
        String text = attached ? spelling.substring(1) : spelling;
        Form<T> form = new Form<>(text, meaning, ignoreCase, attached);
        insert(byFirst, Character.toLowerCase(text.charAt(0)), form);
        insert(byLast, Character.toLowerCase(text.charAt(text.length() - 1)), form);
    }

    private void insert(Map<Character, List<Form<T>>> index, char key, Form<T> form) {
        List<Form<T>> list = index.computeIfAbsent(key, k -> new ArrayList<>());
        list.add(form);
        list.sort(LONGEST_FIRST);
    }

    /** The longest form starting at {@code pos}; {@code attached} says the form touches the digits. */
    Hit<T> at(String text, int pos, boolean attached) {
        return at(text, pos, attached, false);
    }

    /** As {@link #at(String, int, boolean)}; {@code digitsMayFollow} accepts "USD115" for a form written before a number. */
    Hit<T> at(String text, int pos, boolean attached, boolean digitsMayFollow) {
        if (pos >= text.length()) {
            return null;
        }
        List<Form<T>> candidates = byFirst.get(Character.toLowerCase(text.charAt(pos)));
        if (candidates == null) {
            return null;
        }
        for (Form<T> f : candidates) {
            int end = pos + f.text().length();
            if ((attached || !f.attachedOnly()) && text.regionMatches(f.ignoreCase(), pos, f.text(), 0, f.text().length())
                    && (boundaryAfter(text, end, f.text()) || digitsMayFollow && NumeralReader.isDigit(text, end)) && (attached || boundaryBefore(text, pos, f.text()))) {
                return new Hit<>(f, pos, end);
            }
        }
        return null;
    }

    /** The longest form ending exactly at {@code end}, on word boundaries. */
    Hit<T> endingAt(String text, int end) {
        if (end <= 0) {
            return null;
        }
        List<Form<T>> candidates = byLast.get(Character.toLowerCase(text.charAt(end - 1)));
        if (candidates == null) {
            return null;
        }
        for (Form<T> f : candidates) {
            int start = end - f.text().length();
            if (start >= 0 && !f.attachedOnly() && text.regionMatches(f.ignoreCase(), start, f.text(), 0, f.text().length())
                    && boundaryBefore(text, start, f.text()) && boundaryAfter(text, end, f.text())) {
                return new Hit<>(f, start, end);
            }
        }
        return null;
    }

    private static boolean boundaryAfter(String text, int end, String form) {
        return !Character.isLetterOrDigit(form.charAt(form.length() - 1))
                || end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
    }

    private static boolean boundaryBefore(String text, int start, String form) {
        return !Character.isLetterOrDigit(form.charAt(0)) || start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1));
    }
}
