package vn.cchc.tracker.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import vn.cchc.tracker.importing.ImportCatalogue.IndicatorSpec;
import vn.cchc.tracker.importing.ImportCatalogue.ProvinceUnit;
import vn.cchc.tracker.indicator.UnitKind;
import vn.cchc.tracker.support.EvaluationYears;
import vn.cchc.tracker.tablefile.DecimalParser;
import vn.cchc.tracker.tablefile.ImportProblem;
import vn.cchc.tracker.tablefile.ProblemType;
import vn.cchc.tracker.tablefile.TableRecord;

/**
 * Checks yearly-result rows against the catalogue, reporting every problem of every row (not just the first), so
 * one round trip tells the user all they must fix:
 * <ul>
 * <li>province code known, and a unit under it existed in the row's year;</li>
 * <li>indicator code known (case does not matter);</li>
 * <li>year a whole number in 1990–2100;</li>
 * <li>value by the indicator's unit kind: a number with at most 4 decimals within the indicator's range (percent
 * 0–100, rank 1–63 and whole, count ≥ 0 and whole, score in range), or for a group indicator one of its level names
 * (Vietnamese or English, ignoring case); a percent may carry its % sign;</li>
 * <li>source required; source and note at most 1000 characters;</li>
 * <li>no two rows for the same province, indicator and year.</li>
 * </ul>
 * Plain Java: build one per catalogue snapshot.
 */
public final class MeasurementRowValidator {

    /** Longest source or note the database keeps. */
    public static final int MAX_TEXT = 1000;
    /** numeric(14,4): four decimals, ten integer digits. */
    private static final int MAX_SCALE = 4;
    private static final int MAX_INTEGER_DIGITS = 10;

    private static final String PROVINCE = ImportColumn.PROVINCE_CODE.header();
    private static final String INDICATOR = ImportColumn.INDICATOR_CODE.header();
    private static final String YEAR = ImportColumn.YEAR.header();
    private static final String VALUE = ImportColumn.VALUE.header();
    private static final String SOURCE = ImportColumn.SOURCE.header();
    private static final String NOTE = ImportColumn.NOTE.header();

    private final ImportCatalogue catalogue;

    public MeasurementRowValidator(ImportCatalogue catalogue) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    public List<CheckedRow> check(List<TableRecord> records) {
        List<CheckedRow> checked = new ArrayList<>(records.size());
        Map<MeasurementKey, Integer> firstRowByKey = new HashMap<>();
        for (TableRecord record : records) {
            checked.add(check(record, firstRowByKey));
        }
        return checked;
    }

    private CheckedRow check(TableRecord r, Map<MeasurementKey, Integer> firstRowByKey) {
        int row = r.row();
        List<ImportProblem> problems = new ArrayList<>(r.problems());

        String code = provinceCode(r.get(PROVINCE));
        boolean provinceKnown = false;
        if (!r.unreadable(PROVINCE)) {
            if (code.isEmpty()) {
                problems.add(ImportProblem.at(row, PROVINCE, ProblemType.PROVINCE_REQUIRED));
            } else if (!catalogue.hasProvinceCode(code)) {
                problems.add(ImportProblem.at(row, PROVINCE, ProblemType.PROVINCE_UNKNOWN, r.get(PROVINCE)));
            } else {
                provinceKnown = true;
            }
        }

        String indicatorCode = r.get(INDICATOR).toUpperCase(Locale.ROOT);
        IndicatorSpec indicator = null;
        if (!r.unreadable(INDICATOR)) {
            if (indicatorCode.isEmpty()) {
                problems.add(ImportProblem.at(row, INDICATOR, ProblemType.INDICATOR_REQUIRED));
            } else {
                indicator = catalogue.indicator(indicatorCode).orElse(null);
                if (indicator == null) {
                    problems.add(ImportProblem.at(row, INDICATOR, ProblemType.INDICATOR_UNKNOWN, r.get(INDICATOR)));
                }
            }
        }

        Integer year = null;
        if (!r.unreadable(YEAR)) {
            String text = r.get(YEAR);
            if (text.isEmpty()) {
                problems.add(ImportProblem.at(row, YEAR, ProblemType.YEAR_REQUIRED));
            } else {
                year = year(text);
                if (year == null) {
                    problems.add(ImportProblem.at(row, YEAR, ProblemType.YEAR_INVALID, text, EvaluationYears.FIRST, EvaluationYears.LAST));
                }
            }
        }

        ProvinceUnit unit = null;
        if (provinceKnown && year != null) {
            unit = catalogue.unitIn(code, year).orElse(null);
            if (unit == null) {
                problems.add(ImportProblem.at(row, PROVINCE, ProblemType.PROVINCE_NOT_IN_YEAR, code, year, catalogue.periodsOf(code)));
            }
        }

        BigDecimal number = null;
        String level = null;
        if (!r.unreadable(VALUE)) {
            String text = r.get(VALUE);
            if (text.isEmpty()) {
                problems.add(ImportProblem.at(row, VALUE, ProblemType.VALUE_REQUIRED));
            } else if (indicator != null && indicator.unitKind() == UnitKind.GROUP) {
                level = indicator.level(text).orElse(null);
                if (level == null) {
                    problems.add(ImportProblem.at(row, VALUE, ProblemType.VALUE_UNKNOWN_LEVEL, text, indicator.code(),
                            String.join(", ", indicator.levelNames())));
                }
            } else if (indicator != null) {
                number = number(row, text, indicator, problems);
            }
        }

        String source = r.get(SOURCE);
        if (!r.unreadable(SOURCE)) {
            if (source.isEmpty()) {
                problems.add(ImportProblem.at(row, SOURCE, ProblemType.SOURCE_REQUIRED));
            } else if (source.length() > MAX_TEXT) {
                problems.add(ImportProblem.at(row, SOURCE, ProblemType.TEXT_TOO_LONG, MAX_TEXT));
            }
        }
        String note = r.get(NOTE);
        if (!r.unreadable(NOTE) && note.length() > MAX_TEXT) {
            problems.add(ImportProblem.at(row, NOTE, ProblemType.TEXT_TOO_LONG, MAX_TEXT));
        }

        if (!code.isEmpty() && !indicatorCode.isEmpty() && year != null) {
            Integer first = firstRowByKey.putIfAbsent(new MeasurementKey(code, indicatorCode, year), row);
            if (first != null) {
                problems.add(ImportProblem.at(row, null, ProblemType.DUPLICATE_ROW, first));
            }
        }

        if (!problems.isEmpty()) {
            return new CheckedRow(row, r.values(), null, problems);
        }
        return new CheckedRow(row, r.values(),
                new ValidatedRow(row, unit, indicator, year, number, level, source, note.isEmpty() ? null : note), List.of());
    }

    /** GSO codes have two or three digits; a spreadsheet turns "01" into 1, so one digit is padded back. */
    static String provinceCode(String written) {
        String code = written.strip();
        return code.length() == 1 && Character.isDigit(code.charAt(0)) ? "0" + code : code;
    }

    private static Integer year(String text) {
        if (!text.matches("\\d{4}")) {
            return null;
        }
        int year = Integer.parseInt(text);
        return year >= EvaluationYears.FIRST && year <= EvaluationYears.LAST ? year : null;
    }

    private static BigDecimal number(int row, String text, IndicatorSpec indicator, List<ImportProblem> problems) {
        String digits = text;
        if (indicator.unitKind() == UnitKind.PERCENT && digits.endsWith("%")) {
            digits = digits.substring(0, digits.length() - 1).strip();
        }
        Optional<BigDecimal> parsed = DecimalParser.parse(digits);
        if (parsed.isEmpty()) {
            problems.add(ImportProblem.at(row, VALUE, ProblemType.VALUE_NOT_A_NUMBER, text));
            return null;
        }
        BigDecimal value = parsed.get();
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() > MAX_SCALE || stripped.precision() - stripped.scale() > MAX_INTEGER_DIGITS) {
            problems.add(ImportProblem.at(row, VALUE, ProblemType.VALUE_TOO_PRECISE, text));
            return null;
        }
        UnitKind kind = indicator.unitKind();
        if ((kind == UnitKind.RANK || kind == UnitKind.COUNT) && stripped.scale() > 0) {
            problems.add(ImportProblem.at(row, VALUE, ProblemType.VALUE_NOT_WHOLE, text, indicator.code()));
            return null;
        }
        BigDecimal min = indicator.minValue();
        BigDecimal max = indicator.maxValue();
        boolean below = min != null && value.compareTo(min) < 0;
        boolean above = max != null && value.compareTo(max) > 0;
        if (below || above) {
            if (max != null) {
                problems.add(ImportProblem.at(row, VALUE, ProblemType.VALUE_OUT_OF_RANGE, text, plain(min), plain(max), indicator.code()));
            } else {
                problems.add(ImportProblem.at(row, VALUE, ProblemType.VALUE_BELOW_MINIMUM, text, plain(min), indicator.code()));
            }
            return null;
        }
        return value;
    }

    private static String plain(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal s = value.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
