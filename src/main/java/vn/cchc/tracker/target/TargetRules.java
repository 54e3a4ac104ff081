package vn.cchc.tracker.target;

import static vn.cchc.tracker.support.FormFields.blank;
import static vn.cchc.tracker.support.FormFields.optional;
import static vn.cchc.tracker.support.FormFields.year;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import vn.cchc.tracker.indicator.UnitKind;
import vn.cchc.tracker.indicator.ValueRules;
import vn.cchc.tracker.indicator.ValueSpec;
import vn.cchc.tracker.support.Violation;

/**
 * What a target needs to be stored — the same rules the database enforces, said next to each field: a group target
 * names one of its indicator's levels, others a number valid for the indicator; ranks compare with "rank at best";
 * a reduction is a percentage (0–100] of a baseline year before the deadline; the sentence as written is required.
 * Plain Java.
 */
public final class TargetRules {

    private static final int MAX_SENTENCE = 5000;

    private TargetRules() {}

    public record Outcome(TargetParameters parameters, List<Violation> violations) {}

    /** @param specs the catalogue: indicator code → what its values may be (empty if unknown) */
    public static Outcome check(TargetInput in, Function<String, Optional<ValueSpec>> specs) {
        List<Violation> v = new ArrayList<>();
        String indicator = blank(in.indicatorCode()) ? null : in.indicatorCode().strip();
        ValueSpec spec = null;
        if (indicator == null) {
            v.add(Violation.of("indicatorCode", "form.error.required"));
        } else {
            spec = specs.apply(indicator).orElse(null);
            if (spec == null) {
                v.add(Violation.of("indicatorCode", "form.error.choice"));
            }
        }
        Comparison comparison = null;
        if (blank(in.comparison())) {
            v.add(Violation.of("comparison", "form.error.required"));
        } else {
            try {
                comparison = Comparison.valueOf(in.comparison().strip());
            } catch (IllegalArgumentException e) {
                v.add(Violation.of("comparison", "form.error.choice"));
            }
        }
        boolean fits = false;
        if (spec != null && comparison != null) {
            boolean group = spec.unitKind() == UnitKind.GROUP;
            fits = true;
            if (group != (comparison == Comparison.GROUP_AT_LEAST)) {
                v.add(Violation.of(
                        "comparison",
                        group ? "target.error.groupNeedsGroupComparison" : "target.error.groupComparisonNeedsGroup"));
                fits = false;
            } else if (comparison == Comparison.RANK_AT_BEST && spec.unitKind() != UnitKind.RANK) {
                v.add(Violation.of("comparison", "target.error.rankComparisonNeedsRank"));
                fits = false;
            }
        }

        Integer deadline = year(v, "deadlineYear", in.deadlineYear(), true);
        Integer baselineYear = year(v, "baselineYear", in.baselineYear(), false);
        if (deadline != null && baselineYear != null && baselineYear >= deadline) {
            v.add(Violation.of("baselineYear", "target.error.baselineAfterDeadline"));
        }

        BigDecimal thresholdValue = null;
        String thresholdLevel = null;
        // the threshold is only read once the comparison fits the indicator, so one mistake gives one message
        if (fits) {
            if (comparison == Comparison.GROUP_AT_LEAST) {
                thresholdLevel = value(v, "thresholdLevel", in.thresholdLevel(), spec, true)
                        .map(ValueRules.Value::level)
                        .orElse(null);
            } else if (comparison == Comparison.REDUCE_BY_PERCENT) {
                thresholdValue = value(v, "thresholdValue", in.thresholdValue(), ValueSpec.percent(), true)
                        .map(ValueRules.Value::number)
                        .orElse(null);
                if (thresholdValue != null && thresholdValue.signum() == 0) {
                    v.add(Violation.of("thresholdValue", "target.error.reduceByZero"));
                }
                if (baselineYear == null && blank(in.baselineYear())) {
                    v.add(Violation.of("baselineYear", "target.error.reduceNeedsBaseline"));
                }
            } else {
                thresholdValue = value(v, "thresholdValue", in.thresholdValue(), spec, true)
                        .map(ValueRules.Value::number)
                        .orElse(null);
            }
        }
        BigDecimal baselineValue = null;
        if (!blank(in.baselineValue()) && spec != null) {
            if (spec.unitKind() == UnitKind.GROUP) {
                v.add(Violation.of("baselineValue", "target.error.baselineValueNumeric"));
            } else {
                baselineValue = value(v, "baselineValue", in.baselineValue(), spec, false)
                        .map(ValueRules.Value::number)
                        .orElse(null);
                if (baselineValue != null && baselineYear == null) {
                    v.add(Violation.of("baselineYear", "target.error.baselineValueNeedsYear"));
                }
            }
        }

        String sentence = blank(in.sentence()) ? null : in.sentence().strip();
        if (sentence == null) {
            v.add(Violation.of("sentence", "target.error.sentenceRequired"));
        } else if (sentence.length() > MAX_SENTENCE) {
            v.add(Violation.of("sentence", "form.error.tooLong", MAX_SENTENCE));
        }
        String scopeNote = optional(v, "scopeNote", in.scopeNote(), 500);
        String source = optional(v, "source", in.source(), 1000);
        int position = 0;
        if (!blank(in.position())) {
            try {
                position = Integer.parseInt(in.position().strip());
                if (position < 0 || position > 10_000) {
                    v.add(Violation.of("position", "target.error.position"));
                }
            } catch (NumberFormatException e) {
                v.add(Violation.of("position", "target.error.position"));
            }
        }
        if (!v.isEmpty()) {
            return new Outcome(null, v);
        }
        return new Outcome(
                new TargetParameters(
                        indicator,
                        comparison,
                        thresholdValue,
                        thresholdLevel,
                        deadline,
                        baselineYear,
                        baselineValue,
                        scopeNote,
                        sentence,
                        source,
                        position),
                v);
    }

    private static Optional<ValueRules.Value> value(
            List<Violation> v, String field, String text, ValueSpec spec, boolean required) {
        if (blank(text)) {
            if (required) {
                v.add(Violation.of(field, "form.error.required"));
            }
            return Optional.empty();
        }
        ValueRules.Outcome outcome = ValueRules.check(field, text, spec);
        if (outcome.violation() != null) {
            v.add(outcome.violation());
        }
        return outcome.ok();
    }
}
