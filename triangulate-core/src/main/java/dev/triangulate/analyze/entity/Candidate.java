package dev.triangulate.analyze.entity;

import dev.triangulate.model.EntityType;

/**
 * A name found in one sentence, before in-document coreference: tokens {@code [from, to)} of
 * sentence {@code sentence}, characters {@code [start, end)}, a type with the strength of the cue
 * that gave it ({@link #TITLE} strongest), and whether it is a designator naming the candidate
 * right after it ("MGM-140" before "Army Tactical Missile System").
 */
record Candidate(int sentence, int from, int to, int start, int end, String text, EntityType type, int strength,
                 boolean namesNext) {

    /** A title or role word before the name: "President", "spokesperson". */
    static final int TITLE = 5;
    /** The whole name is in a gazetteer. */
    static final int GAZETTEER = 4;
    /** A head word in or right after the name: "Institute", "region", "Treaty". */
    static final int HEAD = 3;
    /** The first word is a common given name. */
    static final int GIVEN_NAME = 2;
    /** Only the shape says it: an acronym or a designator. */
    static final int SHAPE = 1;
    /** No cue at all. */
    static final int NONE = 0;

    int words() {
        return to - from;
    }

    boolean isSingleWord() {
        return to - from == 1;
    }
}
