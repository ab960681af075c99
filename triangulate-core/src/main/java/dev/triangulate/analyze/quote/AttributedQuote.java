package dev.triangulate.analyze.quote;

import dev.triangulate.model.Quote;
import dev.triangulate.model.Span;
import java.util.Objects;

/**
 * A quote with what the {@link Quote} record cannot hold: the role phrase of an unnamed speaker
 * ("a senior U.S. defense official said"), so a later stage can show who spoke even without a name.
 *
 * @param quote the quote
 * @param role  the unnamed speaker's phrase, or {@code null} when the speaker is named or unknown
 */
public record AttributedQuote(Quote quote, Span role) {

    public AttributedQuote {
        Objects.requireNonNull(quote, "quote");
    }
}
