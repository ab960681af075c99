package dev.triangulate.analyze.quantity;

import static dev.triangulate.analyze.quantity.QuantityFixtures.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triangulate.model.Modifier;
import dev.triangulate.model.Quantity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuantityExtractorTest {

    private static Quantity only(String text) {
        List<Quantity> found = extract(text);
        assertEquals(1, found.size(), () -> "expected one quantity in: " + text + " but got " + found);
        return found.get(0);
    }

    @Test
    void normalisesKilometresAndKeepsTheCueInTheSpan() {
        Quantity q = only("The new drone has a range of around 300 km, officials said.");
        assertEquals("around 300 km", q.text());
        assertEquals(300, q.value());
        assertEquals("km", q.unit());
        assertEquals(300_000, q.si().value(), 1e-9);
        assertEquals("m", q.si().unit());
        assertEquals(Modifier.ABOUT, q.modifier());
        assertEquals("range", q.counts());
    }

    @Test
    void convertsMilesWithTheInternationalMile() {
        Quantity q = only("Its rockets have a range of approximately 190 miles.");
        assertEquals("mi", q.unit());
        assertEquals(305_775.36, q.si().value(), 1e-6);
        assertEquals("range", q.counts());
    }

    @Test
    void readsAParenthesisedConversionAsASecondQuantityOfTheSameThing() {
        List<Quantity> qs = extract("The glide bombs have a range of up to 300 km (186 miles).");
        assertEquals(2, qs.size());
        assertEquals("up to 300 km", qs.get(0).text());
        assertEquals(Modifier.UP_TO, qs.get(0).modifier());
        assertEquals("186 miles", qs.get(1).text());
        assertEquals("mi", qs.get(1).unit());
        assertEquals("range", qs.get(1).counts());
        assertEquals(Modifier.UP_TO, qs.get(1).modifier());
    }

    @Test
    void takesTheCountedNounFromAHyphenatedCompound() {
        Quantity q = only("The army received a 190-mile-range rocket last week.");
        assertEquals("190-mile", q.text());
        assertEquals("mi", q.unit());
        assertEquals("range", q.counts());
    }

    @Test
    void readsAGroupSizeAndCountsItsMembers() {
        Quantity q = only("A 12,000-strong force of Belarusian soldiers gathered near the border.");
        assertEquals(12_000, q.value());
        assertEquals("", q.unit());
        assertNull(q.si());
        assertEquals("Belarusian soldiers", q.counts());
    }

    @Test
    void keepsDifferentSubjectsApart() {
        List<Quantity> qs = extract("About 8,000 Belarusian soldiers joined nearly 40,000 Russian troops on Friday.");
        assertEquals(2, qs.size());
        assertEquals("Belarusian soldiers", qs.get(0).counts());
        assertEquals(Modifier.ABOUT, qs.get(0).modifier());
        assertEquals("Russian troops", qs.get(1).counts());
        assertEquals(Modifier.NEARLY, qs.get(1).modifier());
    }

    @Test
    void readsAreasInEverySpelling() {
        for (String area : List.of("2,500 km²", "2,500 km2", "2,500 sq km", "2,500 square kilometres")) {
            Quantity q = only("Troops captured more than " + area + " of farmland this year.");
            assertEquals("more than " + area, q.text());
            assertEquals("km²", q.unit());
            assertEquals(2.5e9, q.si().value(), 1e-3);
            assertEquals("m²", q.si().unit());
            assertEquals(Modifier.MORE_THAN, q.modifier());
            assertEquals("farmland", q.counts());
        }
    }

    @Test
    void countsTheThingASumIsWorthNotTheWordWorth() {
        assertEquals("crude oil", only("Pirates seized a tanker carrying $40 million worth of crude oil.").counts());
        assertEquals("paintings", only("Burglars took paintings worth $12 million from the gallery.").counts());
    }

    @Test
    void givesABracketedConversionTheThingValued() {
        List<Quantity> qs = extract("Burglars stole paintings valued at 10 million euros ($12 million) from the gallery.");
        assertEquals(2, qs.size(), qs::toString);
        assertEquals("paintings", qs.get(0).counts());
        assertEquals("paintings", qs.get(1).counts());
    }

    @Test
    void countsPeopleAfterACasualtyVerb() {
        List<Quantity> qs = extract("The storm killed three and injured nearly 40 across the county.");
        assertEquals("people", qs.get(qs.size() - 1).counts(), qs::toString);
    }

    @Test
    void readsAMagnitude() {
        Quantity q = only("A 5.8-magnitude quake shook the coast.");
        assertEquals(5.8, q.value());
        assertEquals("magnitude", q.unit());
        assertEquals("quake", q.counts());
    }

    @Test
    void readsNumberWords() {
        Map<String, Double> cases = Map.of(
                "Two dozen boats sank.", 24.0,
                "Rescuers found ten survivors.", 10.0,
                "Police detained three men.", 3.0,
                "The storm destroyed a hundred homes.", 100.0,
                "The fund paid out half a million claims.", 500_000.0,
                "Officials counted three hundred and forty ballots.", 340.0,
                "Some twenty-five ships waited.", 25.0);
        cases.forEach((text, value) -> assertEquals(value, only(text).value(), text));
    }

    @Test
    void appliesScaleWordsAndSuffixes() {
        assertEquals(1.5e6, only("The company sold 1.5 million phones.").value());
        assertEquals(2000, only("The plant employs 2,000 workers.").value());
        Quantity k = only("Some 10k runners joined the race.");
        assertEquals(10_000, k.value());
        assertEquals("runners", k.counts());
    }

    @Test
    void keepsMoneyInItsOwnCurrency() {
        List<Quantity> qs = extract("The bank pledged $2.5bn in loans, €3 million for roads and £40m for clinics.");
        assertEquals(3, qs.size());
        assertEquals(2.5e9, qs.get(0).value());
        assertEquals("USD", qs.get(0).unit());
        assertEquals("2500000000 USD", qs.get(0).si().display());
        assertEquals("loans", qs.get(0).counts());
        assertEquals("EUR", qs.get(1).unit());
        assertEquals(3e6, qs.get(1).si().value());
        assertEquals("GBP", qs.get(2).unit());
        assertEquals(4e7, qs.get(2).value());
    }

    @Test
    void readsPoundsAsMoneyOnlyAfterAScaleWord() {
        assertEquals("GBP", only("The club spent 20 million pounds on players.").unit());
        assertEquals("lb", only("The parcel weighed 20 pounds.").unit());
    }

    @Test
    void readsPercentages() {
        List<Quantity> qs = extract("Turnout reached 50 per cent, up from 12% in the spring.");
        assertEquals(2, qs.size());
        assertEquals("%", qs.get(0).unit());
        assertEquals(50, qs.get(0).si().value());
        assertEquals("12%", qs.get(1).text());
    }

    @Test
    void readsRangesWithTheUnitOnEitherSide() {
        Quantity between = only("The convoy stretched between 20 and 30 km along the highway.");
        assertEquals("between 20 and 30 km", between.text());
        assertEquals(20, between.value());
        assertEquals(30.0, between.upper());
        assertEquals("km", between.unit());
        Quantity dash = only("Shells landed 20-30 km behind the line.");
        assertEquals(30.0, dash.upper());
        assertEquals(20_000, dash.si().value());
        Quantity from = only("Attendance grew from 20 to 30 volunteers.");
        assertEquals("from 20 to 30", from.text());
        assertEquals("volunteers", from.counts());
        Quantity money = only("The repairs will cost $2-3bn.");
        assertEquals(2e9, money.value());
        assertEquals(3e9, money.upper());
    }

    @Test
    void readsVaguePluralsAsIntervals() {
        Quantity q = only("Tens of thousands of people marched through the capital.");
        assertEquals(10_000, q.value());
        assertEquals(100_000, q.upper());
        assertEquals(Modifier.ABOUT, q.modifier());
        assertEquals("people", q.counts());
    }

    @Test
    void readsEveryKindOfModifierCue() {
        Map<String, Modifier> cues = Map.ofEntries(
                Map.entry("roughly", Modifier.ABOUT), Map.entry("an estimated", Modifier.ABOUT),
                Map.entry("almost", Modifier.NEARLY), Map.entry("close to", Modifier.NEARLY),
                Map.entry("over", Modifier.MORE_THAN), Map.entry("upwards of", Modifier.MORE_THAN),
                Map.entry("at least", Modifier.AT_LEAST), Map.entry("no fewer than", Modifier.AT_LEAST),
                Map.entry("under", Modifier.LESS_THAN), Map.entry("fewer than", Modifier.LESS_THAN),
                Map.entry("as many as", Modifier.UP_TO), Map.entry("at most", Modifier.UP_TO));
        cues.forEach((cue, modifier) -> {
            Quantity q = only("Officials said " + cue + " 400 families were moved.");
            assertEquals(cue + " 400", q.text());
            assertEquals(modifier, q.modifier(), cue);
            assertEquals("families", q.counts());
        });
    }

    @Test
    void dropsPartitiveHeadNouns() {
        Quantity q = only("Approximately 150 pieces of heavy equipment were moved.");
        assertEquals(Modifier.ABOUT, q.modifier());
        assertEquals("heavy equipment", q.counts());
    }

    @Test
    void measuresWithDimensionWords() {
        assertEquals("length", only("The wall is 12 metres long.").counts());
        assertEquals("distance", only("The village lies some 40 miles north of the city.").counts());
    }

    @Test
    void readsSignedTemperaturesAndCompoundMeasures() {
        Quantity cold = only("Overnight it fell to -5 °C in the valley.");
        assertEquals(-5, cold.value());
        assertEquals(268.15, cold.si().value(), 1e-9);
        Quantity height = only("The suspect is 5 feet 2 inches tall.");
        assertEquals(5 + 2 / 12.0, height.value(), 1e-9);
        assertEquals("ft", height.unit());
    }

    @Test
    void ignoresYearsDatesTimesOrdinalsCodesAndDurations() {
        String text = """
                1. Background
                In 2024 the talks resumed on 17 November 2024, after a pause in August 2023.
                Music of the 1990s played at 10:30 and again at 6pm on the second day.
                The F-16 and MGM-140 systems arrived as COVID-19 cases fell; call 555-123-4567.
                The war has lasted three years, with a 24-hour truce and a 90-day review.
                Article 5 of the treaty and Boeing 737 jets were discussed for the 3rd time.
                A man aged 45 read page 12 of the 9/11 report, open 24/7 since the '90s.
                """;
        assertEquals(List.of(), extract(text));
    }

    @Test
    void readsSimpleFractions() {
        Quantity q = only("The tunnel is 2 1/2 miles long.");
        assertEquals(2.5, q.value());
        assertEquals("length", q.counts());
        assertEquals(0.75, only("Rescuers cleared ¾ mile of rubble.").value());
    }

    @Test
    void acceptsAYearShapedNumberWithACue() {
        Quantity q = only("Nearly 1500 prisoners were exchanged.");
        assertEquals(1500, q.value());
        assertEquals("prisoners", q.counts());
    }

    @Test
    void returnsQuantitiesInPositionOrderWithoutOverlap() {
        List<Quantity> qs = extract("""
                The 40 km convoy carried 300 tonnes of grain.
                Another 12 trucks, worth $4m, followed over 2 miles behind.
                """);
        assertEquals(5, qs.size());
        for (int i = 1; i < qs.size(); i++) {
            assertTrue(qs.get(i - 1).span().end() <= qs.get(i).span().start());
        }
        assertEquals("grain", qs.get(1).counts());
        assertEquals("t", qs.get(1).unit());
    }
}
