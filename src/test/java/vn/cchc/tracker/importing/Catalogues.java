package vn.cchc.tracker.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import vn.cchc.tracker.importing.ImportCatalogue.IndicatorSpec;
import vn.cchc.tracker.importing.ImportCatalogue.Level;
import vn.cchc.tracker.importing.ImportCatalogue.ProvinceUnit;
import vn.cchc.tracker.indicator.UnitKind;

/** A small catalogue shaped like the shipped reference data, for plain unit tests. */
final class Catalogues {

    static final ProvinceUnit DAK_NONG = new ProvinceUnit(1, "67", "Đắk Nông", LocalDate.of(2004, 1, 1), LocalDate.of(2025, 6, 30));
    static final ProvinceUnit LAM_DONG = new ProvinceUnit(2, "68", "Lâm Đồng", LocalDate.of(2025, 7, 1), null);
    static final ProvinceUnit THUA_THIEN_HUE = new ProvinceUnit(3, "46", "Thừa Thiên Huế", LocalDate.of(1989, 7, 1), LocalDate.of(2024, 12, 31));
    static final ProvinceUnit HUE = new ProvinceUnit(4, "46", "Huế", LocalDate.of(2025, 1, 1), null);
    static final ProvinceUnit HA_NOI = new ProvinceUnit(5, "01", "Hà Nội", LocalDate.of(2008, 8, 1), null);

    static final IndicatorSpec SIPAS = numeric("SIPAS", UnitKind.PERCENT, "0", "100");
    static final IndicatorSpec PAR_INDEX_RANK = numeric("PAR_INDEX_RANK", UnitKind.RANK, "1", "63");
    static final IndicatorSpec PAR_INDEX_SCORE = numeric("PAR_INDEX_SCORE", UnitKind.SCORE, "0", "100");
    static final IndicatorSpec PUBLIC_SERVICE_UNITS = numeric("PUBLIC_SERVICE_UNITS", UnitKind.COUNT, "0", null);
    static final IndicatorSpec PAPI_GROUP = new IndicatorSpec("PAPI_GROUP", "Chỉ số PAPI – nhóm", "PAPI group", UnitKind.GROUP,
            null, null, List.of(new Level("thấp nhất", "lowest"), new Level("trung bình thấp", "low average"),
            new Level("trung bình cao", "high average"), new Level("cao nhất", "highest")));

    private Catalogues() {
    }

    static ImportCatalogue catalogue() {
        return new ImportCatalogue(List.of(LAM_DONG, DAK_NONG, HUE, THUA_THIEN_HUE, HA_NOI),
                List.of(SIPAS, PAR_INDEX_RANK, PAR_INDEX_SCORE, PUBLIC_SERVICE_UNITS, PAPI_GROUP));
    }

    private static IndicatorSpec numeric(String code, UnitKind kind, String min, String max) {
        return new IndicatorSpec(code, code, code, kind, min == null ? null : new BigDecimal(min),
                max == null ? null : new BigDecimal(max), List.of());
    }
}
