package vn.cchc.tracker.tablefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.tracker.importing.ImportColumn;
import vn.cchc.tracker.testing.UnitTest;

/** The header row: exactly the layout's columns, in any order, each reported by name when wrong. */
@UnitTest
class HeaderMappingTest {

    private static final List<String> LAYOUT = ImportColumn.required();

    @Test
    void acceptsTheColumnsInAnyOrderAndCase() {
        HeaderMapping.Result result = HeaderMapping.map(
                List.of(
                        line(1, "NOTE", " Year ", "value", "Province code", "indicator-code", "source"),
                        line(2, "ghi chú", "2023", "81,21", "67", "SIPAS", "báo cáo")),
                LAYOUT);

        assertThat(result.problems()).isEmpty();
        TableRecord record = result.records().get(0);
        assertThat(record.row()).isEqualTo(2);
        assertThat(record.values())
                .containsExactly(
                        java.util.Map.entry("province_code", "67"), java.util.Map.entry("indicator_code", "SIPAS"),
                        java.util.Map.entry("year", "2023"), java.util.Map.entry("value", "81,21"),
                        java.util.Map.entry("source", "báo cáo"), java.util.Map.entry("note", "ghi chú"));
    }

    @Test
    void reportsUnknownMissingAndRepeatedColumnsByName() {
        HeaderMapping.Result result = HeaderMapping.map(
                List.of(
                        line(1, "province_code", "indicator", "year", "value", "value", "nguon"),
                        line(2, "67", "SIPAS", "2023", "1", "2", "x")),
                LAYOUT);

        assertThat(result.records()).isEmpty();
        assertThat(result.problems())
                .extracting(TableProblem::row, TableProblem::column, TableProblem::type)
                .containsExactly(
                        tuple(1, "indicator", FileProblem.HEADER_UNKNOWN_COLUMN),
                        tuple(1, "value", FileProblem.HEADER_DUPLICATE_COLUMN),
                        tuple(1, "nguon", FileProblem.HEADER_UNKNOWN_COLUMN),
                        tuple(1, "indicator_code", FileProblem.HEADER_MISSING_COLUMN),
                        tuple(1, "source", FileProblem.HEADER_MISSING_COLUMN),
                        tuple(1, "note", FileProblem.HEADER_MISSING_COLUMN));
        assertThat(result.problems().get(0).args()).containsExactly("indicator", String.join(", ", LAYOUT));
    }

    @Test
    void ignoresUnnamedColumnsThatAreEmpty() {
        HeaderMapping.Result result = HeaderMapping.map(
                List.of(
                        line(1, "province_code", "indicator_code", "year", "value", "source", "note", "", ""),
                        line(2, "67", "SIPAS", "2023", "1", "x", "", "", " ")),
                LAYOUT);

        assertThat(result.problems()).isEmpty();
        assertThat(result.records()).hasSize(1);
    }

    @Test
    void reportsAnUnnamedColumnThatHasValues() {
        HeaderMapping.Result result = HeaderMapping.map(
                List.of(
                        line(1, "province_code", "indicator_code", "year", "value", "source", "note"),
                        line(2, "67", "SIPAS", "2023", "1", "x", "", "stray")),
                LAYOUT);

        assertThat(result.problems())
                .extracting(TableProblem::column, TableProblem::type)
                .containsExactly(tuple("7", FileProblem.HEADER_BLANK_COLUMN));
    }

    @Test
    void reportsAHeaderWithoutDataRows() {
        HeaderMapping.Result result = HeaderMapping.map(List.of(line(1, LAYOUT.toArray(String[]::new))), LAYOUT);

        assertThat(result.problems()).extracting(TableProblem::type).containsExactly(FileProblem.FILE_NO_DATA_ROWS);
    }

    @Test
    void trimsValuesIncludingNoBreakSpacesAndComposesUnicode() {
        String decomposed = java.text.Normalizer.normalize("Đắk Nông", java.text.Normalizer.Form.NFD);
        HeaderMapping.Result result = HeaderMapping.map(
                List.of(
                        line(1, "province_code", "indicator_code", "year", "value", "source", "note"),
                        line(2, "\u00A067 ", "SIPAS", "2023", "1", decomposed, "")),
                LAYOUT);

        assertThat(result.records().get(0).get("province_code")).isEqualTo("67");
        assertThat(result.records().get(0).get("source")).isEqualTo("Đắk Nông");
    }

    @Test
    void keepsCellProblemsOnTheirColumn() {
        HeaderMapping.Result result = HeaderMapping.map(
                List.of(
                        line(1, "province_code", "indicator_code", "year", "value", "source", "note"),
                        new RawLine(
                                2,
                                List.of(
                                        RawCell.of("67"),
                                        RawCell.of("SIPAS"),
                                        RawCell.of("2023"),
                                        RawCell.unusable(FileProblem.CELL_FORMULA, null),
                                        RawCell.of("x")))),
                LAYOUT);

        TableRecord record = result.records().get(0);
        assertThat(record.unreadable("value")).isTrue();
        assertThat(record.problems())
                .extracting(TableProblem::row, TableProblem::column, TableProblem::type)
                .containsExactly(tuple(2, "value", FileProblem.CELL_FORMULA));
    }

    @Test
    void optionalColumnsMayBeLeftOutOrGivenInAnyOrder() {
        HeaderMapping.Result without = HeaderMapping.map(
                List.of(
                        line(1, "province_code", "indicator_code", "year", "value", "source", "note"),
                        line(2, "67", "SIPAS", "2023", "81,21", "báo cáo", "")),
                LAYOUT,
                ImportColumn.optional());
        HeaderMapping.Result with = HeaderMapping.map(
                List.of(
                        line(
                                1,
                                "computed",
                                "province_code",
                                "indicator_code",
                                "year",
                                "value",
                                "source",
                                "note",
                                "source_url"),
                        line(2, "true", "67", "SIPAS", "2023", "81,21", "báo cáo", "", "https://example.org/a")),
                LAYOUT,
                ImportColumn.optional());

        assertThat(without.problems()).isEmpty();
        assertThat(without.records().get(0).values())
                .containsEntry("source_url", "")
                .containsEntry("source_publisher", "")
                .containsEntry("computed", "");
        assertThat(with.problems()).isEmpty();
        assertThat(with.records().get(0).values())
                .containsEntry("source_url", "https://example.org/a")
                .containsEntry("computed", "true")
                .containsEntry("value", "81,21");
    }

    static RawLine line(int row, String... cells) {
        return new RawLine(row, Arrays.stream(cells).map(RawCell::of).toList());
    }
}
