package dev.triangulate.model;

/**
 * A checkable fact found in one article, tied to the exact characters that state it.
 * The variants are closed: handle them with an exhaustive {@code switch}.
 */
public sealed interface Fact permits Mention, Quantity, When, Quote {

    /** Where the fact is stated; {@code span().of(article.text())} equals {@link #text()}. */
    Span span();

    /** The exact source characters at {@link #span()}. */
    String text();

    /** The kind, as used in JSON output: entity, quantity, date or quote. */
    default FactKind kind() {
        return switch (this) {
            case Mention m -> FactKind.ENTITY;
            case Quantity q -> FactKind.QUANTITY;
            case When w -> FactKind.DATE;
            case Quote q -> FactKind.QUOTE;
        };
    }
}
