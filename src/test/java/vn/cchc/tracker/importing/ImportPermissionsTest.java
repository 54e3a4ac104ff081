package vn.cchc.tracker.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.cchc.tracker.measurement.Provenance;
import vn.cchc.tracker.province.ProvinceUnit;
import vn.cchc.tracker.tablefile.TableProblem;
import vn.cchc.tracker.testing.UnitTest;

/** The importing user's provinces and approval locks turn rows into errors, each naming its cell. Plain Java. */
@UnitTest
class ImportPermissionsTest {

    private static CheckedRow valid(int row, ProvinceUnit unit, int year) {
        return new CheckedRow(
                row,
                Map.of("province_code", unit.code()),
                new ValidatedRow(
                        row,
                        unit,
                        Catalogues.SIPAS,
                        year,
                        new BigDecimal("85"),
                        null,
                        "Báo cáo",
                        null,
                        Provenance.NONE),
                List.of());
    }

    @Test
    void rowsOfProvincesTheUserMayNotWriteAreErrorsOnTheProvinceColumn() {
        List<CheckedRow> rows = List.of(valid(2, Catalogues.DAK_NONG, 2024), valid(3, Catalogues.HA_NOI, 2024));

        List<CheckedRow> checked = ImportPermissions.apply(rows, "67"::equals, Set.of());

        assertThat(checked.get(0)).isSameAs(rows.get(0));
        assertThat(checked.get(1).isValid()).isFalse();
        assertThat(checked.get(1).problems())
                .extracting(TableProblem::row, TableProblem::column, TableProblem::type, TableProblem::args)
                .containsExactly(tuple(3, "province_code", RowProblem.PROVINCE_NOT_ALLOWED, List.of("01")));
    }

    @Test
    void rowsOfAnApprovedYearAreErrorsOnTheYearColumnOtherYearsPass() {
        List<CheckedRow> rows = List.of(valid(2, Catalogues.DAK_NONG, 2023), valid(3, Catalogues.DAK_NONG, 2024));

        List<CheckedRow> checked = ImportPermissions.apply(rows, code -> true, Set.of("67/2023"));

        assertThat(checked.get(0).problems())
                .extracting(TableProblem::column, TableProblem::type, TableProblem::args)
                .containsExactly(tuple("year", RowProblem.YEAR_APPROVED, List.of("67", "2023")));
        assertThat(checked.get(1).isValid()).isTrue();
    }

    @Test
    void rowsThatAlreadyHaveProblemsKeepThem() {
        CheckedRow bad =
                new CheckedRow(2, Map.of(), null, List.of(TableProblem.at(2, "value", RowProblem.VALUE_REQUIRED)));

        assertThat(ImportPermissions.apply(List.of(bad), code -> false, Set.of("67/2024")))
                .containsExactly(bad);
    }
}
