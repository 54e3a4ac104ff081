package vn.cchc.tracker.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.cchc.tracker.indicator.Direction;
import vn.cchc.tracker.indicator.GroupLevel;
import vn.cchc.tracker.indicator.IndicatorCatalogue;
import vn.cchc.tracker.indicator.IndicatorSpec;
import vn.cchc.tracker.indicator.UnitKind;
import vn.cchc.tracker.province.ProvinceKind;
import vn.cchc.tracker.province.ProvinceUnit;
import vn.cchc.tracker.province.ProvinceUnits;

/** A small catalogue shaped like the shipped reference data, for plain unit tests. */
final class Catalogues {

    static final ProvinceUnit DAK_NONG = unit(1, "67", "Đắk Nông", LocalDate.of(2004, 1, 1), LocalDate.of(2025, 6, 30));
    static final ProvinceUnit LAM_DONG = unit(2, "68", "Lâm Đồng", LocalDate.of(2025, 7, 1), null);
    static final ProvinceUnit THUA_THIEN_HUE =
            unit(3, "46", "Thừa Thiên Huế", LocalDate.of(1989, 7, 1), LocalDate.of(2024, 12, 31));
    static final ProvinceUnit HUE = new ProvinceUnit(4, "46", "Huế", ProvinceKind.CITY, LocalDate.of(2025, 1, 1), null);
    static final ProvinceUnit HA_NOI =
            new ProvinceUnit(5, "01", "Hà Nội", ProvinceKind.CITY, LocalDate.of(2008, 8, 1), null);

    static final IndicatorSpec SIPAS = numeric("SIPAS", UnitKind.PERCENT, "0", "100");
    static final IndicatorSpec PAR_INDEX_RANK = numeric("PAR_INDEX_RANK", UnitKind.RANK, "1", "63");
    static final IndicatorSpec PAR_INDEX_SCORE = numeric("PAR_INDEX_SCORE", UnitKind.SCORE, "0", "100");
    static final IndicatorSpec PUBLIC_SERVICE_UNITS = numeric("PUBLIC_SERVICE_UNITS", UnitKind.COUNT, "0", null);
    static final IndicatorSpec PAPI_GROUP = new IndicatorSpec(
            "PAPI_GROUP",
            "Chỉ số PAPI – nhóm",
            "PAPI group",
            "DIRECTION",
            UnitKind.GROUP,
            Direction.HIGHER_IS_BETTER,
            null,
            null,
            List.of(
                    new GroupLevel("thấp nhất", "lowest"),
                    new GroupLevel("trung bình thấp", "low average"),
                    new GroupLevel("trung bình cao", "high average"),
                    new GroupLevel("cao nhất", "highest")));

    private Catalogues() {}

    static ProvinceUnits units() {
        return new ProvinceUnits(List.of(LAM_DONG, DAK_NONG, HUE, THUA_THIEN_HUE, HA_NOI));
    }

    static IndicatorCatalogue indicators() {
        return new IndicatorCatalogue(
                List.of(SIPAS, PAR_INDEX_RANK, PAR_INDEX_SCORE, PUBLIC_SERVICE_UNITS, PAPI_GROUP));
    }

    private static ProvinceUnit unit(long id, String code, String name, LocalDate from, LocalDate to) {
        return new ProvinceUnit(id, code, name, ProvinceKind.PROVINCE, from, to);
    }

    private static IndicatorSpec numeric(String code, UnitKind kind, String min, String max) {
        return new IndicatorSpec(
                code,
                code,
                code,
                "DIRECTION",
                kind,
                kind == UnitKind.RANK ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER,
                min == null ? null : new BigDecimal(min),
                max == null ? null : new BigDecimal(max),
                List.of());
    }
}
