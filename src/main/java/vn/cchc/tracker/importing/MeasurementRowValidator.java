package vn.cchc.tracker.importing;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.cchc.tracker.indicator.IndicatorCatalogue;
import vn.cchc.tracker.indicator.IndicatorSpec;
import vn.cchc.tracker.indicator.ValueRules;
import vn.cchc.tracker.measurement.MeasurementKey;
import vn.cchc.tracker.measurement.Provenance;
import vn.cchc.tracker.province.ProvinceUnit;
import vn.cchc.tracker.province.ProvinceUnits;
import vn.cchc.tracker.support.EvaluationYears;
import vn.cchc.tracker.tablefile.TableProblem;
import vn.cchc.tracker.tablefile.TableRecord;

/**
 * Checks yearly-result rows against the catalogue, reporting every problem of every row (not just the first), so
 * one round trip tells the user all they must fix:
 * <ul>
 * <li>province code known, and a unit under it existed in the row's year;</li>
 * <li>indicator code known (case does not matter);</li>
 * <li>year a whole number in 1990–2100;</li>
 * <li>value as {@link ValueRules} reads it for the indicator, the grammar the results grid and the restore use too:
 * a number with at most 4 decimals within the indicator's range (percent 0–100, rank 1–63 and whole, count ≥ 0 and
 * whole, score in range), or for a group indicator one of its level names (Vietnamese or English, ignoring case); a
 * percent may carry its % sign;</li>
 * <li>source required; source and note at most 1000 characters;</li>
 * <li>optional: the source's address ({@code http(s)://…}, at most 1000 characters), its publisher (at most 200) and
 * whether the value was computed ({@code true}/{@code false}, also {@code có}/{@code không}, {@code yes}/{@code no},
 * {@code 1}/{@code 0}; empty: not said);</li>
 * <li>no two rows for the same province, indicator and year.</li>
 * </ul>
 * Plain Java: build one per snapshot of the units and the catalogue.
 */
public final class MeasurementRowValidator {

    /** Longest source or note the database keeps. */
    public static final int MAX_TEXT = 1000;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private static final String PROVINCE = ImportColumn.PROVINCE_CODE.header();
    private static final String INDICATOR = ImportColumn.INDICATOR_CODE.header();
    private static final String YEAR = ImportColumn.YEAR.header();
    private static final String VALUE = ImportColumn.VALUE.header();
    private static final String SOURCE = ImportColumn.SOURCE.header();
    private static final String NOTE = ImportColumn.NOTE.header();
    private static final String URL = ImportColumn.SOURCE_URL.header();
    private static final String PUBLISHER = ImportColumn.SOURCE_PUBLISHER.header();
    private static final String COMPUTED = ImportColumn.COMPUTED.header();

    private final ProvinceUnits units;
    private final IndicatorCatalogue indicators;

    public MeasurementRowValidator(ProvinceUnits units, IndicatorCatalogue indicators) {
        this.units = Objects.requireNonNull(units, "units");
        this.indicators = Objects.requireNonNull(indicators, "indicators");
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
        List<TableProblem> problems = new ArrayList<>(r.problems());

        String code = provinceCode(r.get(PROVINCE));
        boolean provinceKnown = false;
        if (!r.unreadable(PROVINCE)) {
            if (code.isEmpty()) {
                problems.add(TableProblem.at(row, PROVINCE, RowProblem.PROVINCE_REQUIRED));
            } else if (!units.hasCode(code)) {
                problems.add(TableProblem.at(row, PROVINCE, RowProblem.PROVINCE_UNKNOWN, r.get(PROVINCE)));
            } else {
                provinceKnown = true;
            }
        }

        String indicatorCode = r.get(INDICATOR).toUpperCase(Locale.ROOT);
        IndicatorSpec indicator = null;
        if (!r.unreadable(INDICATOR)) {
            if (indicatorCode.isEmpty()) {
                problems.add(TableProblem.at(row, INDICATOR, RowProblem.INDICATOR_REQUIRED));
            } else {
                indicator = indicators.find(indicatorCode).orElse(null);
                if (indicator == null) {
                    problems.add(TableProblem.at(row, INDICATOR, RowProblem.INDICATOR_UNKNOWN, r.get(INDICATOR)));
                }
            }
        }

        Integer year = null;
        if (!r.unreadable(YEAR)) {
            String text = r.get(YEAR);
            if (text.isEmpty()) {
                problems.add(TableProblem.at(row, YEAR, RowProblem.YEAR_REQUIRED));
            } else {
                year = year(text);
                if (year == null) {
                    problems.add(TableProblem.at(
                            row, YEAR, RowProblem.YEAR_INVALID, text, EvaluationYears.FIRST, EvaluationYears.LAST));
                }
            }
        }

        ProvinceUnit unit = null;
        if (provinceKnown && year != null) {
            unit = units.inYear(code, year).orElse(null);
            if (unit == null) {
                problems.add(
                        TableProblem.at(row, PROVINCE, RowProblem.PROVINCE_NOT_IN_YEAR, code, year, periodsOf(code)));
            }
        }

        ValueRules.Value value = null;
        if (!r.unreadable(VALUE)) {
            String text = r.get(VALUE);
            if (text.isEmpty()) {
                problems.add(TableProblem.at(row, VALUE, RowProblem.VALUE_REQUIRED));
            } else if (indicator != null) {
                ValueRules.Reading reading = ValueRules.read(text, indicator.values());
                if (reading.accepted()) {
                    value = reading.value();
                } else {
                    problems.add(valueProblem(row, VALUE, text, indicator, reading.refusal()));
                }
            }
        }

        String source = r.get(SOURCE);
        if (!r.unreadable(SOURCE)) {
            if (source.isEmpty()) {
                problems.add(TableProblem.at(row, SOURCE, RowProblem.SOURCE_REQUIRED));
            } else if (source.length() > MAX_TEXT) {
                problems.add(TableProblem.at(row, SOURCE, RowProblem.TEXT_TOO_LONG, MAX_TEXT));
            }
        }
        String note = r.get(NOTE);
        if (!r.unreadable(NOTE) && note.length() > MAX_TEXT) {
            problems.add(TableProblem.at(row, NOTE, RowProblem.TEXT_TOO_LONG, MAX_TEXT));
        }

        Provenance provenance = provenance(r, problems);

        if (!code.isEmpty() && !indicatorCode.isEmpty() && year != null) {
            Integer first = firstRowByKey.putIfAbsent(new MeasurementKey(code, indicatorCode, year), row);
            if (first != null) {
                problems.add(TableProblem.at(row, null, RowProblem.DUPLICATE_ROW, first));
            }
        }

        if (!problems.isEmpty()) {
            return new CheckedRow(row, r.values(), null, problems);
        }
        return new CheckedRow(
                row,
                r.values(),
                new ValidatedRow(
                        row,
                        unit,
                        indicator,
                        year,
                        value.number(),
                        value.level(),
                        source,
                        note.isEmpty() ? null : note,
                        provenance),
                List.of());
    }

    /** The optional address, publisher and computed mark of a row (empty cells, or no such columns: not said). */
    private static Provenance provenance(TableRecord r, List<TableProblem> problems) {
        int row = r.row();
        String url = r.values().getOrDefault(URL, "").strip();
        if (!url.isEmpty()
                && !r.unreadable(URL)
                && (url.length() > Provenance.MAX_URL
                        || !Provenance.URL.matcher(url).matches())) {
            problems.add(TableProblem.at(row, URL, RowProblem.SOURCE_URL_INVALID, url));
        }
        String publisher = r.values().getOrDefault(PUBLISHER, "");
        if (!r.unreadable(PUBLISHER) && publisher.length() > Provenance.MAX_PUBLISHER) {
            problems.add(TableProblem.at(row, PUBLISHER, RowProblem.TEXT_TOO_LONG, Provenance.MAX_PUBLISHER));
        }
        String computedText = r.values().getOrDefault(COMPUTED, "");
        Boolean computed = computed(computedText);
        if (!computedText.isEmpty() && !r.unreadable(COMPUTED) && computed == null) {
            problems.add(TableProblem.at(row, COMPUTED, RowProblem.COMPUTED_INVALID, computedText));
        }
        return new Provenance(url, publisher, computed);
    }

    /** yes or no as people write it in either language; {@code null} for anything else (and for empty). */
    static Boolean computed(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "có", "1", "x" -> Boolean.TRUE;
            case "false", "no", "không", "0" -> Boolean.FALSE;
            default -> null;
        };
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
        return EvaluationYears.isValid(year) ? year : null;
    }

    /**
     * A refused value in the import's words, which name the value and the indicator; the publication import says it
     * alike.
     */
    public static TableProblem valueProblem(
            int row, String column, String text, IndicatorSpec indicator, ValueRules.Refusal refusal) {
        return switch (refusal) {
            case REQUIRED -> TableProblem.at(row, column, RowProblem.VALUE_REQUIRED);
            case NOT_A_NUMBER -> TableProblem.at(row, column, RowProblem.VALUE_NOT_A_NUMBER, text);
            case TOO_PRECISE, TOO_LARGE -> TableProblem.at(row, column, RowProblem.VALUE_TOO_PRECISE, text);
            case NOT_WHOLE -> TableProblem.at(row, column, RowProblem.VALUE_NOT_WHOLE, text, indicator.code());
            case UNKNOWN_LEVEL ->
                TableProblem.at(
                        row,
                        column,
                        RowProblem.VALUE_UNKNOWN_LEVEL,
                        text,
                        indicator.code(),
                        String.join(", ", indicator.levelNames()));
            case OUT_OF_RANGE ->
                indicator.maxValue() != null
                        ? TableProblem.at(
                                row,
                                column,
                                RowProblem.VALUE_OUT_OF_RANGE,
                                text,
                                plain(indicator.minValue()),
                                plain(indicator.maxValue()),
                                indicator.code())
                        : TableProblem.at(
                                row,
                                column,
                                RowProblem.VALUE_BELOW_MINIMUM,
                                text,
                                plain(indicator.minValue()),
                                indicator.code());
        };
    }

    private static String plain(BigDecimal bound) {
        return bound == null ? "" : ValueRules.plain(bound);
    }

    /** "Đắk Nông: 01/01/2004 – 30/06/2025" for each unit under the code. */
    private String periodsOf(String code) {
        return units.of(code).stream()
                .map(u -> u.nameVi() + ": "
                        + (u.validFrom() == null ? "" : u.validFrom().format(DAY)) + " – "
                        + (u.validTo() == null ? "" : u.validTo().format(DAY)))
                .collect(Collectors.joining("; "));
    }
}
