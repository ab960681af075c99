/**
 * Quantities: numbers with units, money, percentages and counts, with their modifier and what they count.
 *
 * <p>In: a segmented {@link dev.triangulate.model.Document} (sentences with UD-tagged tokens).
 * Out: {@link dev.triangulate.model.Quantity} facts in position order, non-overlapping, each
 * {@code text()} equal to the source characters at its span (modifier cue included).
 *
 * <p>{@link dev.triangulate.analyze.quantity.QuantityExtractor} is the only public type. The
 * heuristics are data under {@code src/main/resources/dev/triangulate/analyze/quantity/}: unit
 * and currency tables with their Indriya definitions, scale words, number words, vague amounts,
 * modifier cues, month names and time units (numbers next to these belong to the date extractor),
 * minor units ("5 feet 2 inches", "13 dollars and 45 cents"), currency codes that name nothing else
 * ("USD115", "30 MUSD"), temperature words that make "degrees" a temperature, and the word lists
 * that steer the counted noun. Physical values are normalised to SI by
 * Indriya (JSR-385); money stays in its ISO 4217 currency; percentages stay in %.
 */
package dev.triangulate.analyze.quantity;
