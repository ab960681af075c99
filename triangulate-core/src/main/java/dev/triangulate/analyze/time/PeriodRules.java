package dev.triangulate.analyze.time;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules for dates and periods beyond the core calendar and deixis grammar, in the order the extractor
 * tries them: anchored lengths ({@link LengthRules}), parts of a month or year ({@link PeriodPartRules}),
 * holidays by rule ({@link HolidayRules}), numeric months, quarters and decades ({@link NumericPartRules}),
 * spelled-out dates ({@link SpelledDateRules}), loosely written lengths ({@link LooseSpanRules}) and ranges of
 * months or years ({@link DateRangeRules}). They go
 * before the core rules so that, on the very same span, their richer reading wins (a placed "next 3 days"
 * over the bare duration). Stateless.
 */
final class PeriodRules {

    private PeriodRules() {
    }

    static List<Rule> all(TimeWords words) {
        List<Rule> out = new ArrayList<>();
        out.addAll(new LengthRules(words).rules());
        out.addAll(new PeriodPartRules(words).rules());
        out.addAll(new HolidayRules(words).rules());
        out.addAll(new NumericPartRules(words).rules());
        out.addAll(new SpelledDateRules(words).rules());
        out.addAll(new LooseSpanRules(words).rules());
        out.addAll(new DateRangeRules(words).rules());
        return out;
    }
}
