package vn.cchc.tracker.importing.publication;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.cchc.tracker.importing.MeasurementRowValidator;
import vn.cchc.tracker.indicator.IndicatorCatalogue;
import vn.cchc.tracker.indicator.IndicatorSpec;
import vn.cchc.tracker.indicator.ValueRules;
import vn.cchc.tracker.province.ProvinceNameMatcher;
import vn.cchc.tracker.province.ProvinceNameMatcher.Match;
import vn.cchc.tracker.province.ProvinceNameMatcher.Outcome;
import vn.cchc.tracker.province.ProvinceUnit;
import vn.cchc.tracker.province.ProvinceUnits;
import vn.cchc.tracker.tablefile.CellText;
import vn.cchc.tracker.tablefile.FileProblem;
import vn.cchc.tracker.tablefile.RawCell;
import vn.cchc.tracker.tablefile.RawLine;
import vn.cchc.tracker.tablefile.TableProblem;

/**
 * Reads the lines of a published table for one index and year and checks every row, reporting every problem of
 * every row: the header names a province or code column and at least one of the index's value columns
 * ({@link PublicationColumn}); each row names a unit of the year ({@link ProvinceNameMatcher}; name and code, when
 * both are given, agree), no unit twice, every value by {@link ValueRules} for its indicator, and no approved year.
 * Plain Java.
 */
public final class PublicationTable {

    /** The header as understood, and the rows; or only the problems of the file and its header. */
    public record Checked(
            Map<PublicationColumn, String> columns,
            List<String> ignoredColumns,
            List<TableProblem> fileProblems,
            List<PublicationRow> rows) {

        public Checked {
            columns =
                    java.util.Collections.unmodifiableMap(new EnumMap<>(columns.isEmpty() ? emptyColumns() : columns));
            ignoredColumns = List.copyOf(ignoredColumns);
            fileProblems = List.copyOf(fileProblems);
            rows = List.copyOf(rows);
        }

        static Checked ofProblems(List<TableProblem> problems) {
            return new Checked(Map.of(), List.of(), problems, List.of());
        }

        private static Map<PublicationColumn, String> emptyColumns() {
            return new EnumMap<>(PublicationColumn.class);
        }
    }

    private final PublicationRequest request;
    private final ProvinceNameMatcher matcher;
    private final IndicatorCatalogue indicators;
    private final Set<String> approvedProvinceYears;

    /**
     * @param approvedProvinceYears the approved years, as {@code "67/2024"} ({@code StoredMeasurements#approvedYears})
     */
    public PublicationTable(
            PublicationRequest request,
            ProvinceUnits units,
            IndicatorCatalogue indicators,
            Set<String> approvedProvinceYears) {
        this.request = request;
        this.matcher = new ProvinceNameMatcher(units, request.year());
        this.indicators = indicators;
        this.approvedProvinceYears = Set.copyOf(approvedProvinceYears);
    }

    public Checked check(List<RawLine> lines) {
        if (lines.isEmpty()) {
            return Checked.ofProblems(List.of(TableProblem.ofFile(FileProblem.FILE_EMPTY)));
        }
        RawLine header = lines.get(0);
        Map<PublicationColumn, Integer> at = new EnumMap<>(PublicationColumn.class);
        Map<PublicationColumn, String> names = new EnumMap<>(PublicationColumn.class);
        List<String> ignored = new ArrayList<>();
        List<TableProblem> problems = new ArrayList<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String written = clean(header.cell(i).text()).replace("\uFEFF", "");
            if (written.isEmpty()) {
                continue;
            }
            PublicationColumn column = PublicationColumn.of(written).orElse(null);
            if (column == null) {
                ignored.add(written);
            } else if (column == PublicationColumn.GROUP
                    && request.family().indicatorOf(column).isEmpty()) {
                problems.add(TableProblem.at(
                        header.row(), written, PublicationProblem.GROUP_NOT_PUBLISHED, written, request.family()));
            } else if (at.putIfAbsent(column, i) != null) {
                problems.add(TableProblem.at(header.row(), written, PublicationProblem.DUPLICATE_COLUMN, written));
            } else {
                names.put(column, written);
            }
        }
        if (!at.containsKey(PublicationColumn.PROVINCE) && !at.containsKey(PublicationColumn.CODE)) {
            problems.add(TableProblem.at(header.row(), null, PublicationProblem.NO_PROVINCE_COLUMN));
        }
        List<PublicationColumn> valueColumns = PublicationColumn.valueColumns().stream()
                .filter(at::containsKey)
                .toList();
        if (valueColumns.isEmpty()) {
            problems.add(TableProblem.at(header.row(), null, PublicationProblem.NO_VALUE_COLUMN, request.family()));
        }
        if (!problems.isEmpty()) {
            return new Checked(names, ignored, problems, List.of());
        }
        if (lines.size() == 1) {
            return new Checked(names, ignored, List.of(TableProblem.ofFile(FileProblem.FILE_NO_DATA_ROWS)), List.of());
        }
        Map<Long, Integer> firstRowByUnit = new HashMap<>();
        List<PublicationRow> rows = new ArrayList<>(lines.size() - 1);
        for (RawLine line : lines.subList(1, lines.size())) {
            rows.add(checkRow(line, at, names, valueColumns, firstRowByUnit));
        }
        return new Checked(names, ignored, List.of(), rows);
    }

    private PublicationRow checkRow(
            RawLine line,
            Map<PublicationColumn, Integer> at,
            Map<PublicationColumn, String> names,
            List<PublicationColumn> valueColumns,
            Map<Long, Integer> firstRowByUnit) {
        int row = line.row();
        List<TableProblem> problems = new ArrayList<>();
        Map<PublicationColumn, String> text = new EnumMap<>(PublicationColumn.class);
        for (Map.Entry<PublicationColumn, Integer> e : at.entrySet()) {
            RawCell cell = line.cell(e.getValue());
            if (cell.problem() != null) {
                String column = names.get(e.getKey());
                problems.add(
                        cell.problemArg() == null
                                ? TableProblem.at(row, column, cell.problem())
                                : TableProblem.at(row, column, cell.problem(), cell.problemArg()));
            }
            text.put(e.getKey(), clean(cell.text()));
        }
        String name = text.getOrDefault(PublicationColumn.PROVINCE, "");
        String code = text.getOrDefault(PublicationColumn.CODE, "");
        ProvinceUnit unit = unit(row, name, code, names, problems);
        if (unit != null) {
            Integer first = firstRowByUnit.putIfAbsent(unit.id(), row);
            if (first != null) {
                problems.add(TableProblem.at(
                        row, provinceColumn(names), PublicationProblem.DUPLICATE_PROVINCE, label(unit), first));
            }
            if (approvedProvinceYears.contains(unit.code() + "/" + request.year())) {
                problems.add(TableProblem.at(row, null, PublicationProblem.YEAR_APPROVED, label(unit), request.year()));
            }
        }
        Map<String, String> written = new LinkedHashMap<>();
        Map<String, ValueRules.Value> values = new LinkedHashMap<>();
        for (PublicationColumn column : valueColumns) {
            String value = text.get(column);
            if (value.isEmpty()) {
                continue; // the publication gives no such value for this province
            }
            IndicatorSpec indicator = indicator(column);
            written.put(indicator.code(), value);
            ValueRules.Reading reading = ValueRules.read(value, indicator.values());
            if (reading.accepted()) {
                values.put(indicator.code(), reading.value());
            } else {
                problems.add(MeasurementRowValidator.valueProblem(
                        row, names.get(column), value, indicator, reading.refusal()));
            }
        }
        if (written.isEmpty()) {
            problems.add(TableProblem.at(row, null, PublicationProblem.NO_VALUE));
        }
        return new PublicationRow(row, name, code, unit, written, values, problems);
    }

    /** The unit the row names, or {@code null} with the reason among the problems. */
    private ProvinceUnit unit(
            int row, String name, String code, Map<PublicationColumn, String> names, List<TableProblem> problems) {
        String nameColumn = names.get(PublicationColumn.PROVINCE);
        String codeColumn = names.get(PublicationColumn.CODE);
        if (name.isEmpty() && code.isEmpty()) {
            problems.add(TableProblem.at(row, provinceColumn(names), PublicationProblem.PROVINCE_REQUIRED));
            return null;
        }
        ProvinceUnit byCode = null;
        if (!code.isEmpty()) {
            Match m = matcher.byCode(code);
            if (!m.matched()) {
                problems.add(TableProblem.at(row, codeColumn, PublicationProblem.CODE_UNKNOWN, code, request.year()));
                return null;
            }
            byCode = m.unit();
        }
        if (name.isEmpty()) {
            return byCode;
        }
        Match m = matcher.byName(name);
        if (m.outcome() == Outcome.AMBIGUOUS && byCode != null && m.candidates().contains(byCode)) {
            return byCode; // the code decides between units of one name
        }
        if (m.outcome() == Outcome.UNKNOWN) {
            problems.add(TableProblem.at(row, nameColumn, PublicationProblem.PROVINCE_UNKNOWN, name, request.year()));
            return null;
        }
        if (m.outcome() == Outcome.AMBIGUOUS) {
            problems.add(TableProblem.at(
                    row,
                    nameColumn,
                    PublicationProblem.PROVINCE_AMBIGUOUS,
                    name,
                    request.year(),
                    m.candidates().stream().map(PublicationTable::label).collect(Collectors.joining("; "))));
            return null;
        }
        if (byCode != null && !byCode.equals(m.unit())) {
            problems.add(TableProblem.at(
                    row,
                    nameColumn,
                    PublicationProblem.NAME_AND_CODE_DISAGREE,
                    name,
                    label(m.unit()),
                    code,
                    label(byCode)));
            return null;
        }
        return m.unit();
    }

    private IndicatorSpec indicator(PublicationColumn column) {
        String code = request.family().indicatorOf(column).orElseThrow();
        return indicators
                .find(code)
                .orElseThrow(() -> new IllegalStateException("the catalogue lacks " + code + " (V2, V60)"));
    }

    private static String provinceColumn(Map<PublicationColumn, String> names) {
        return names.getOrDefault(PublicationColumn.PROVINCE, names.get(PublicationColumn.CODE));
    }

    /** "Quảng Trị (44)". */
    static String label(ProvinceUnit unit) {
        return unit.nameVi() + " (" + unit.code() + ")";
    }

    /** Trimmed (no-break spaces too), without our exports' formula guard, in composed Unicode as names are stored. */
    private static String clean(String text) {
        String trimmed = text.replace('\u00A0', ' ').replace('\u202F', ' ').strip();
        return Normalizer.normalize(CellText.unescape(trimmed), Normalizer.Form.NFC);
    }
}
