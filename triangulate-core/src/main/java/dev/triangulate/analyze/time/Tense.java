package dev.triangulate.analyze.time;

/** Where a clause puts its event against the publication date, as far as the words tell. */
enum Tense {
    PAST, FUTURE, UNKNOWN
}
