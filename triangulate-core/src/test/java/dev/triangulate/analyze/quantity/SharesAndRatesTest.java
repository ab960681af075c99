package dev.triangulate.analyze.quantity;

import static dev.triangulate.analyze.quantity.QuantityFixtures.extract;
import static dev.triangulate.analyze.quantity.QuantityFixtures.summary;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triangulate.model.Modifier;
import dev.triangulate.model.Quantity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Shares of a whole, rates, listed numbers sharing a unit, and digit groups: the readings added to the extractor. */
class SharesAndRatesTest {

    @Test
    void readsWordFractionsAsSharesComparableWithPercentages() {
        Quantity q = extract("Nearly two-thirds of the delegates voted for the motion.").get(0);
        assertEquals("Nearly two-thirds", q.text());
        assertEquals(2 / 3.0, q.value(), 1e-9);
        assertEquals("", q.unit());
        assertEquals("%", q.si().unit());
        assertEquals(66.667, q.si().value(), 1e-3);
        assertEquals(Modifier.NEARLY, q.modifier());
        assertEquals("delegates", q.counts());
        assertEquals("[About three quarters=0.75 ][one-half=0.5 ]", summary("About three quarters of homes lost power, one-half of them for days."));
    }

    @Test
    void readsAnArticleFractionOnlyWhenOfFollows() {
        assertEquals("[A third=0.333 ]", summary("A third of the ballots were spoiled."));
        assertEquals("[half=0.5 ]", summary("The storm destroyed half of the harbour."));
        assertEquals("", summary("A third term is unlikely, and a fifth attempt failed."));
    }

    @Test
    void readsRatiosOfWholeNumbers() {
        assertEquals("[One in five=0.2 ][1 in 10=0.1 ][nine out of ten=0.9 ]",
                summary("One in five adults cycles, 1 in 10 walks, and nine out of ten own a phone."));
        assertEquals(20, extract("One in five adults cycles.").get(0).si().value(), 1e-9);
    }

    @Test
    void leavesRatioLookalikesAlone() {
        assertEquals("[2=2.0 ]", summary("He scored 2 in 90 minutes."));
        assertEquals("[five=5.0 ]", summary("She is one of the five finalists; it was one in the morning."));
        assertEquals("[10=10.0 ]", summary("They won 10 in 2024."));
    }

    @Test
    void readsAFractionBeforeAUnitAsThatUnit() {
        Quantity q = extract("The road ends one-half mile east of the bridge.").get(0);
        assertEquals(0.5, q.value(), 1e-9);
        assertEquals("mi", q.unit());
    }

    @Test
    void readsHyphenatedAndAHalfAsOneNumberAndLeavesTheDurationToDates() {
        assertEquals("[£2,500=2500.0 GBP]", summary("He was jailed for three-and-a-half years and fined £2,500."));
        assertEquals("[two-and-a-half miles=2.5 mi]", summary("They walked two-and-a-half miles."));
    }

    @Test
    void readsRatesAsTheUnitOverWhatItIsPer() {
        assertEquals("[$80 a barrel=80.0 USD/bbl][$15 an hour=15.0 USD/h][€1,200 per month=1200.0 EUR/mo][$5/kg=5.0 USD/kg]",
                summary("Oil hit $80 a barrel; cleaners earn $15 an hour, nurses €1,200 per month; rice costs $5/kg."));
        Quantity rate = extract("Fares rose to $45.20 a ticket.").get(0);
        assertEquals("USD/person", rate.si().unit());
    }

    @Test
    void doesNotReadATimePhraseAfterAnAmountAsARate() {
        assertEquals("[$2bn=2.0E9 USD][$3bn=3.0E9 USD]", summary("Profit was $2bn a year ago and $3bn a year earlier."));
    }

    @Test
    void givesListedNumbersTheUnitOfTheLastMember() {
        assertEquals("[45=45.0 mg][50 mg=50.0 mg]", summary("Doses of 45 and 50 mg were given."));
        assertEquals("[10=10.0 km][20=20.0 km][30 km=30.0 km]", summary("Strikes landed 10, 20 and 30 km away."));
        assertEquals("[12=12.0 ][40=40.0 ]", summary("It killed 12 and injured 40 people."));
        List<Quantity> scaled = extract("Bids of 5 and 10 million dollars were made.");
        assertTrue(scaled.get(0).unit().isEmpty(), "a scaled last member must not lend its unit: " + scaled);
    }

    @Test
    void readsThousandsGroupedWithNoBreakSpacesButNotLeadingZeroRuns() {
        assertEquals("[10\u00a0000 dollars=10000.0 USD]", summary("It was valued at 10\u00a0000 dollars."));
        assertEquals("[1\u202f250 km=1250.0 km]", summary("The pipeline runs 1\u202f250 km."));
        assertEquals("[10=10.0 ]", summary("Agent 007 bought 10 000 items."));
    }
}
