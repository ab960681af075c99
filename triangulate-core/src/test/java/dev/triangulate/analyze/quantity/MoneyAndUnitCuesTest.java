package dev.triangulate.analyze.quantity;

import static dev.triangulate.analyze.quantity.QuantityFixtures.extract;
import static dev.triangulate.analyze.quantity.QuantityFixtures.summary;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.triangulate.model.Quantity;
import org.junit.jupiter.api.Test;

/** Money in the world's currencies and the units settled by context: the readings added in session 4. */
class MoneyAndUnitCuesTest {

    @Test
    void readsPrefixedDollarsAndCurrencySymbols() {
        assertEquals("[R$3.2 billion=3.2E9 BRL][NT$45 billion=4.5E10 TWD][S$1.5 million=1500000.0 SGD]",
                summary("Lenders raised R$3.2 billion, NT$45 billion and S$1.5 million."));
        assertEquals("[₦5 billion=5.0E9 NGN][₱2 billion=2.0E9 PHP][KSh 2 billion=2.0E9 KES]",
                summary("Budgets: ₦5 billion, ₱2 billion, KSh 2 billion."));
        assertEquals("[100 ₡=100.0 CRC][250₾=250.0 GEL]", summary("Tickets cost 100 ₡ there and 250₾ here."));
    }

    @Test
    void readsCurrencyNamesAndCodesAfterTheNumber() {
        assertEquals("[3 million zlotys=3000000.0 PLN][40 billion forints=4.0E10 HUF][2.5 million Swedish kronor=2500000.0 SEK]",
                summary("Fines of 3 million zlotys, 40 billion forints and 2.5 million Swedish kronor."));
        assertEquals("[5 billion Egyptian pounds=5.0E9 EGP][10 billion riyals=1.0E10 SAR][500 dirhams=500.0 AED]",
                summary("Loans of 5 billion Egyptian pounds, 10 billion riyals and 500 dirhams."));
        assertEquals("[420 million Finnish markka=4.2E8 FIM][6.65 billion pesetas=6.65E9 ESP]",
                summary("It paid 420 million Finnish markka and 6.65 billion pesetas."));
    }

    @Test
    void readsAmbiguousCurrencyWordsOnlyAfterAScale() {
        assertEquals("[5 billion rand=5.0E9 ZAR][10,000 billion dong=1.0E13 VND]", summary("It cost 5 billion rand and 10,000 billion dong."));
        assertEquals("", summary("In 2016 Rand Paul ran."));
        assertEquals("[3=3.0 ]", summary("She lost 3 marks for spelling."));
    }

    @Test
    void readsIndianDigitGroupsAndCrore() {
        assertEquals("[12,34,567.89 rupees=1234567.89 INR][Rs 500 crore=5.0E9 INR]",
                summary("A loan of 12,34,567.89 rupees and a grant of Rs 500 crore."));
        assertEquals("", summary("Pick 1,20,30 from the list."), "a list of numbers, not one number in lakh groups");
    }

    @Test
    void readsDollarsAndCentsAsOneAmount() {
        assertEquals("[thirteen dollars and forty-five cents=13.45 USD][3 dollars 50 cents=3.5 USD]",
                summary("It cost thirteen dollars and forty-five cents, then 3 dollars 50 cents."));
    }

    @Test
    void readsCurrencyCodesWithAScale() {
        assertEquals("[75 USD million=7.5E7 USD][30 MUSD=3.0E7 USD][MEUR 120=1.2E8 EUR][500 kEUR=500000.0 EUR]",
                summary("They lost 75 USD million, 30 MUSD, MEUR 120 and 500 kEUR."));
        assertEquals("", summary("The Mars 2020 rover landed."));
    }

    @Test
    void readsMagnitudeWrittenBeforeTheNumber() {
        assertEquals("[magnitude 7.8=7.8 magnitude][magnitude-6.4=6.4 magnitude]",
                summary("A magnitude 7.8 earthquake and a magnitude-6.4 aftershock."));
    }

    @Test
    void readsInAsInchesOnlyBeforeADimensionWord() {
        Quantity q = extract("The door is 2 1/2 in thick, and heavy.").get(0);
        assertEquals("2 1/2 in", q.text());
        assertEquals("in", q.unit());
        assertEquals(0.0635, q.si().value(), 1e-9);
        assertEquals("[2=2.0 ]", summary("Only 2 in high school passed."));
        assertEquals("[Some 5=5.0 ]", summary("Some 5 in long-term care fell ill."));
    }

    @Test
    void readsDegreesAfterATemperatureWordAsATemperature() {
        Quantity hot = extract("Temperatures reached 40 degrees on Monday.").get(0);
        assertEquals("°", hot.unit());
        assertNull(hot.si(), "a temperature of unstated scale has no normal form");
        Quantity angle = extract("The crane turned 90 degrees.").get(0);
        assertEquals("rad", angle.si().unit());
    }

    @Test
    void readsRangesOfNegativeTemperatures() {
        Quantity q = extract("Temperatures ranged from -18 °C to -34 °C overnight.").get(0);
        assertEquals("from -18 °C to -34 °C", q.text());
        assertEquals(-34, q.value(), 1e-9);
        assertEquals(-18, q.upper(), 1e-9);
        assertEquals("[-3C to 4C=-3.0..4.0 °C]", summary("Lows of -3C to 4C are expected."));
    }

    @Test
    void readsEnergyRadiationAndRateUnitsOfTheNews() {
        assertEquals("[40 TWh=40.0 TWh][20 mSv=20.0 mSv][1.5 million bpd=1500000.0 bbl/d][40 bcm=40.0 bcm][25 basis points=25.0 bp]",
                summary("It used 40 TWh; doses of 20 mSv; output of 1.5 million bpd; 40 bcm of gas; a cut of 25 basis points."));
        assertEquals(0.25, extract("Rates rose 25 basis points.").get(0).si().value(), 1e-9);
    }

    @Test
    void readsSingleLetterCurrencySignsOnlyWithAScale() {
        assertEquals("[R50 billion=5.0E10 ZAR][R1.2bn=1.2E9 ZAR][N500 million=5.0E8 NGN][P5 billion=5.0E9 PHP]",
                summary("Budgets of R50 billion, R1.2bn, N500 million and P5 billion."));
        assertEquals("", summary("The R50 is closed near exit P5."));
    }

    @Test
    void readsScalesOfScalesAndNewspaperPercent() {
        assertEquals("[₹2.5 lakh crore=2.5E12 INR][Rs 5,000 crore=5.0E10 INR]", summary("Outlays of ₹2.5 lakh crore and Rs 5,000 crore."));
        assertEquals("[12pc=12.0 %][7.5pc=7.5 %]", summary("Shares rose 12pc and bonds 7.5pc."));
    }

    @Test
    void readsHalfAndQuarterOnlyBeforeAUnit() {
        assertEquals("[half a percentage point=0.5 pp][a quarter percentage point=0.25 pp]",
                summary("Rates rose by half a percentage point, then a quarter percentage point."));
        assertEquals("", summary("He led half a team of volunteers."));
    }

    @Test
    void readsRichterMagnitudesGasPricesAndBandwidth() {
        assertEquals("[7.1 on the Richter scale=7.1 magnitude]", summary("The quake measured 7.1 on the Richter scale."));
        assertEquals("[$9 per million British thermal units=9.0 USD/MMBtu][$9/MMBtu=9.0 USD/MMBtu]",
                summary("Gas cost $9 per million British thermal units, or $9/MMBtu."));
        assertEquals(1e8, extract("Speeds of 100 Mbps were promised.").get(0).si().value(), 1e-3);
    }

    @Test
    void readsAUnitAloneInBracketsAfterTheNumber() {
        assertEquals("[20 (kg)=20.0 kg][5 [m]=5.0 m]", summary("Weight: 20 (kg); depth: 5 [m]."));
        assertEquals("[20=20.0 ]", summary("They freed 20 (mostly children)."));
    }

    @Test
    void readsRatesPerSecondAndMinuteAndTonnesPerDay() {
        assertEquals("[2,000 cubic metres per second=2000.0 m³/s][100 litres per minute=100.0 L/min][4,500 tpd=4500.0 t/d]",
                summary("The river carried 2,000 cubic metres per second; pumps moved 100 litres per minute; the mill handles 4,500 tpd."));
    }

    @Test
    void readsCentsUnderstoodAtTheEndOfASentence() {
        assertEquals("[15 dollars 50=15.5 USD]", summary("It costs 15 dollars 50."));
        assertEquals("[thirteen dollars forty five=13.45 USD]", summary("It only cost thirteen dollars forty five"));
        assertEquals("[15 dollars=15.0 USD][50=50.0 ]", summary("It costs 15 dollars 50 times over."));
    }

    @Test
    void readsHeightsWithTheInchesUnderstood() {
        assertEquals("[6-foot-5=6.417 ft]", summary("The 6-foot-5 forward scored."));
    }

    @Test
    void readsMinusAsASignOfTemperaturesOnly() {
        assertEquals("[minus 10C=-10.0 °C]", summary("Lows of minus 10C are forecast."));
        assertEquals("[Seven=7.0 ][5=5.0 ]", summary("Seven minus 5 people."), "a count takes no sign");
    }

    @Test
    void readsHyphenatedRatesDecibelsAndFolds() {
        assertEquals("[$1,000-a-month=1000.0 USD/mo][$5.5 million-a-year=5500000.0 USD/yr]",
                summary("A $1,000-a-month flat and a $5.5 million-a-year contract."));
        assertEquals("[120 decibels=120.0 dB][three-fold=3.0 ×]", summary("Noise of 120 decibels, a three-fold rise."));
    }

    @Test
    void readsUnitsOfCarTechnologyClimateAndWeatherReports() {
        assertEquals("[400 lb-ft=400.0 lb-ft][300 bhp=300.0 hp][40 mpg=40.0 mpg]", summary("It makes 400 lb-ft and 300 bhp, or 40 mpg."));
        assertEquals("[48MP=48.0 MP][5,000mAh=5000.0 mAh]", summary("A 48MP camera and a 5,000mAh battery."));
        assertEquals("[3=3.0 ]", summary("Only 3 MP voted."), "MP is a megapixel only attached to the digits");
        assertEquals("[420 ppm=420.0 ppm][36.8 gigatonnes=36.8 Gt][940 millibars=940.0 hPa][35 psi=35.0 psi]",
                summary("CO2 at 420 ppm; 36.8 gigatonnes emitted; pressure of 940 millibars; tyres at 35 psi."));
        assertEquals(94000, extract("Pressure fell to 940 hPa.").get(0).si().value(), 1e-6);
    }

    @Test
    void readsCodesGluedToAWholeNumberAsMoneyOnlyWhenTheyNameNothingElse() {
        assertEquals("[USD115=115.0 USD][SAR1.2bn=1.2E9 SAR]", summary("It fetched USD115, or SAR1.2bn then."));
        assertEquals("", summary("The SAR32 drone and the ESP32 board were shown at COP27 and COP 28."));
    }

    @Test
    void givesARangeTheRateWrittenAfterItsSecondAmount() {
        assertEquals("[between $80 and $130 per hour=80.0..130.0 USD/h]", summary("They charge between $80 and $130 per hour."));
    }
}
