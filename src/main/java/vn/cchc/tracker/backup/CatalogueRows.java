package vn.cchc.tracker.backup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.cchc.tracker.backup.RestoreException.PartProblem;
import vn.cchc.tracker.indicator.Direction;
import vn.cchc.tracker.indicator.IndicatorCatalogue;
import vn.cchc.tracker.indicator.IndicatorSpec;
import vn.cchc.tracker.indicator.UnitKind;
import vn.cchc.tracker.indicator.ValueSpec;
import vn.cchc.tracker.province.ProvinceKind;
import vn.cchc.tracker.province.ProvinceUnit;
import vn.cchc.tracker.province.ProvinceUnits;
import vn.cchc.tracker.tablefile.TableRecord;

/**
 * The units of {@code provinces.csv} and the indicators of {@code indicators.csv} that the installation lacks — to be
 * created — while those it has are checked against it, not changed. Plain Java.
 */
final class CatalogueRows {

    private CatalogueRows() {}

    /**
     * A unit the installation lacks; its id is a placeholder until it is written.
     *
     * @param successorCode the unit it went into, by code and start ({@code null} if none)
     */
    record NewUnit(ProvinceUnit unit, String changeNote, String successorCode, LocalDate successorFrom) {}

    static List<NewUnit> units(List<TableRecord> rows, ProvinceUnits existing, List<PartProblem> problems) {
        List<NewUnit> created = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        List<Runnable> successorChecks = new ArrayList<>();
        long placeholder = -1;
        for (TableRecord r : rows) {
            BackupFields f = new BackupFields(FullDataLayout.PROVINCES, r, problems);
            String code = f.required("code");
            // empty: in force before the period the unit list covers
            LocalDate from = f.date("valid_from", false);
            String name = f.required("name_vi");
            ProvinceKind kind = f.enumValue("kind", ProvinceKind.class);
            LocalDate to = f.date("valid_to", false);
            String successorCode = f.optional("successor_code");
            LocalDate successorFrom = f.date("successor_valid_from", false);
            String note = f.optional("change_note");
            if (code == null || (from == null && f.optional("valid_from") != null)) {
                continue;
            }
            if (!code.matches("[0-9]{2,3}")) {
                f.problem("code", RestoreProblem.FIELD_INVALID, code);
                continue;
            }
            keys.add(code + "|" + from);
            if (successorCode != null || successorFrom != null) {
                // checked once every unit of the part is known: a successor may come later in the file
                successorChecks.add(() -> {
                    if (successorCode == null || successorFrom == null) {
                        f.problem(
                                successorCode == null ? "successor_code" : "successor_valid_from",
                                RestoreProblem.FIELD_REQUIRED);
                    } else if (!keys.contains(successorCode + "|" + successorFrom)
                            && existing.find(successorCode, successorFrom).isEmpty()) {
                        f.problem("successor_code", RestoreProblem.PROVINCE_UNIT_UNKNOWN, successorCode, successorFrom);
                    }
                });
            }
            Optional<ProvinceUnit> have = existing.find(code, from);
            if (have.isPresent()) {
                if (name != null && !name.equals(have.get().nameVi())) {
                    f.problem("name_vi", RestoreProblem.PROVINCE_UNIT_DIFFERS, code, from);
                }
                continue;
            }
            if (name != null && kind != null) {
                ProvinceUnit unit = new ProvinceUnit(placeholder--, code, name, kind, from, to);
                created.add(new NewUnit(unit, note, successorCode, successorFrom));
            }
        }
        successorChecks.forEach(Runnable::run);
        return created;
    }

    static List<IndicatorSpec> indicators(
            List<TableRecord> rows, IndicatorCatalogue existing, Set<String> areas, List<PartProblem> problems) {
        List<IndicatorSpec> created = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (TableRecord r : rows) {
            BackupFields f = new BackupFields(FullDataLayout.INDICATORS, r, problems);
            String code = f.required("code");
            String nameVi = f.required("name_vi");
            String nameEn = f.required("name_en");
            String area = f.required("reform_area_code");
            UnitKind kind = f.enumValue("unit_kind", UnitKind.class);
            Direction direction = f.enumValue("direction", Direction.class);
            BigDecimal min = f.decimal("min_value");
            BigDecimal max = f.decimal("max_value");
            String levelText = f.optional("levels");
            // a backup keeps the Vietnamese names only; they stand for the English ones too
            String[] levels = levelText == null
                    ? new String[0]
                    : Arrays.stream(levelText.split("\\|"))
                            .map(String::strip)
                            .filter(l -> !l.isEmpty())
                            .toArray(String[]::new);
            if (code == null) {
                continue;
            }
            if (!code.matches("[A-Z][A-Z0-9_]*") || !seen.add(code)) {
                f.problem("code", RestoreProblem.FIELD_INVALID, code);
                continue;
            }
            Optional<IndicatorSpec> have = existing.find(code);
            if (have.isPresent()) {
                String stored = describe(have.get().values());
                String backup = describe(new ValueSpec(kind, min, max, ValueSpec.levels(levels)));
                if (!stored.equals(backup)) {
                    f.problem("code", RestoreProblem.INDICATOR_DIFFERS, code, stored, backup);
                }
                continue;
            }
            if (area != null && !areas.contains(area)) {
                f.problem("reform_area_code", RestoreProblem.REFORM_AREA_UNKNOWN, area);
                continue;
            }
            if (kind == UnitKind.GROUP && levels.length == 0) {
                f.problem("levels", RestoreProblem.FIELD_REQUIRED);
                continue;
            }
            if (nameVi != null && nameEn != null && area != null && kind != null && direction != null) {
                created.add(new IndicatorSpec(
                        code, nameVi, nameEn, area, kind, direction, min, max, ValueSpec.levels(levels)));
            }
        }
        return created;
    }

    /** Kind, range and levels in one comparable line: what values an indicator accepts. */
    private static String describe(ValueSpec values) {
        return Objects.toString(values.unitKind(), "?") + " " + plain(values.min()) + "–" + plain(values.max())
                + (values.levels().isEmpty() ? "" : " " + String.join("|", values.levelNames()));
    }

    private static String plain(BigDecimal n) {
        return n == null ? "" : n.stripTrailingZeros().toPlainString();
    }
}
