package vn.cchc.tracker.measurement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.cchc.tracker.indicator.IndicatorCatalogue;
import vn.cchc.tracker.indicator.IndicatorSpec;
import vn.cchc.tracker.indicator.ValueRules;
import vn.cchc.tracker.province.ProvinceUnit;
import vn.cchc.tracker.province.ProvinceUnits;
import vn.cchc.tracker.support.EvaluationYears;
import vn.cchc.tracker.support.InvalidInputException;
import vn.cchc.tracker.support.Violation;

/**
 * The input step of {@link MeasurementWriteService#apply}: each change against the catalogue and the units —
 * indicator known, year valid, a unit under the code that year, each value by {@link ValueRules}, a source with every
 * value, texts the database can keep, an indicator at most once per province-year. Plain Java.
 */
final class MeasurementChecks {

    private static final int MAX_SOURCE = 1000;
    private static final int MAX_NOTE = 1000;

    private MeasurementChecks() {}

    /**
     * A change that passed: the unit the value goes to, its indicator, and its value ({@code null}: delete).
     */
    record Checked(MeasurementChange change, ProvinceUnit unit, IndicatorSpec indicator, ValueRules.Value value) {}

    /**
     * @return the changes checked, in their order
     * @throws InvalidInputException naming every bad field as {@code rows[i].value}, {@code rows[i].source},
     *                               {@code rows[i].note} or {@code rows[i].indicatorCode}
     */
    static List<Checked> check(List<MeasurementChange> changes, IndicatorCatalogue catalogue, ProvinceUnits units) {
        List<Violation> violations = new ArrayList<>();
        List<Checked> checked = new ArrayList<>(changes.size());
        Set<MeasurementKey> seen = new HashSet<>();
        for (int i = 0; i < changes.size(); i++) {
            MeasurementChange c = changes.get(i);
            String row = "rows[" + i + "].";
            IndicatorSpec indicator = catalogue.find(c.indicatorCode()).orElse(null);
            if (indicator == null) {
                violations.add(
                        Violation.of(row + "indicatorCode", "results.error.indicator.unknown", c.indicatorCode()));
                continue;
            }
            if (!EvaluationYears.isValid(c.year())) {
                violations.add(Violation.of(
                        row + "value", "results.error.year", c.year(), EvaluationYears.FIRST, EvaluationYears.LAST));
                continue;
            }
            Optional<ProvinceUnit> unit = units.inYear(c.provinceCode(), c.year());
            if (unit.isEmpty()) {
                violations.add(
                        Violation.of(row + "value", "results.error.province.notInYear", c.provinceCode(), c.year()));
                continue;
            }
            if (!seen.add(c.key())) {
                violations.add(Violation.of(row + "indicatorCode", "results.error.duplicate", c.indicatorCode()));
                continue;
            }
            if (c.removesValue()) {
                checked.add(new Checked(c, unit.get(), indicator, null));
                continue;
            }
            ValueRules.Outcome outcome = ValueRules.check(row + "value", c.value(), indicator.values());
            if (outcome.violation() != null) {
                violations.add(outcome.violation());
            }
            if (c.source() == null) {
                violations.add(Violation.of(row + "source", "results.error.source.required"));
            } else if (c.source().length() > MAX_SOURCE) {
                violations.add(Violation.of(row + "source", "results.error.tooLong", MAX_SOURCE));
            }
            if (c.note() != null && c.note().length() > MAX_NOTE) {
                violations.add(Violation.of(row + "note", "results.error.tooLong", MAX_NOTE));
            }
            checked.add(new Checked(c, unit.get(), indicator, outcome.value()));
        }
        InvalidInputException.throwIfAny(violations);
        return checked;
    }
}
