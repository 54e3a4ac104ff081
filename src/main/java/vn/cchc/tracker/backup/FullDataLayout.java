package vn.cchc.tracker.backup;

import java.util.List;
import vn.cchc.tracker.importing.ImportColumn;

/**
 * The full-data export: a zip of UTF-8 CSV files (with byte order mark) that {@link FullDataRestoreService} reads
 * back. Decimals use a point, dates are ISO (yyyy-MM-dd), empty cells are empty. A unit is named by its GSO code
 * and the day it started (code 46 was Thừa Thiên Huế from 1989-07-01 and Huế from 2025-01-01); a document by its
 * unit and number.
 * <ul>
 * <li>{@code provinces.csv} — the administrative units; on restore, units the installation lacks are created and
 * those it has are checked, not changed;</li>
 * <li>{@code indicators.csv} — the indicator catalogue, group levels joined with {@code |}, lowest first; on restore,
 * indicators the installation lacks are created and those it has are checked (kind, range, levels), not changed.
 * Optional, as is {@code measurements.csv}, so a national data set can arrive without results;</li>
 * <li>{@code documents.csv}, {@code targets.csv} — in the columns below;</li>
 * <li>{@code measurements.csv} — exactly the yearly-results import layout ({@link ImportColumn});</li>
 * <li>{@code provisional.csv} — the provisional values (issue 16): a value recorded at a period ({@code Q1},
 * {@code H1}, {@code M9}) of a year, by GSO code like the results; optional (backups written before it existed).
 * The periods' dates themselves are not carried: an installation has the default calendar of every year.</li>
 * </ul>
 */
public final class FullDataLayout {

    public static final String FORMAT_VERSION = "1";
    public static final String README = "README.txt";
    public static final String PROVINCES = "provinces.csv";
    public static final String INDICATORS = "indicators.csv";
    public static final String DOCUMENTS = "documents.csv";
    public static final String TARGETS = "targets.csv";
    public static final String MEASUREMENTS = "measurements.csv";
    public static final String PROVISIONAL = "provisional.csv";

    public static final List<String> PROVINCE_COLUMNS = List.of(
            "code",
            "valid_from",
            "name_vi",
            "kind",
            "valid_to",
            "successor_code",
            "successor_valid_from",
            "change_note");
    public static final List<String> INDICATOR_COLUMNS = List.of(
            "code",
            "name_vi",
            "name_en",
            "reform_area_code",
            "unit_kind",
            "direction",
            "min_value",
            "max_value",
            "levels");
    public static final List<String> DOCUMENT_COLUMNS = List.of(
            "province_code",
            "province_valid_from",
            "number",
            "kind",
            "issuing_body",
            "issue_date",
            "title",
            "period_from",
            "period_to",
            "source");
    public static final List<String> TARGET_COLUMNS = List.of(
            "province_code",
            "province_valid_from",
            "document_number",
            "position",
            "indicator_code",
            "comparison",
            "threshold_value",
            "threshold_level",
            "deadline_year",
            "baseline_year",
            "baseline_value",
            "scope_note",
            "sentence",
            "source");
    public static final List<String> PROVISIONAL_COLUMNS =
            List.of("province_code", "indicator_code", "year", "period", "value", "source", "note");

    private FullDataLayout() {}

    /** What the zip's README says about itself. */
    static String readme(String exportedAt) {
        return """
                CCHC Tracker — full data export (format %s), %s
                Xuất toàn bộ dữ liệu — khôi phục được vào một cơ sở dữ liệu trống.

                provinces.csv     %s
                indicators.csv    %s
                documents.csv     %s
                targets.csv       %s
                measurements.csv  %s
                provisional.csv   %s

                UTF-8 with byte order mark; decimals with a point; dates yyyy-MM-dd; a unit is (code, valid_from), valid_from
                empty for a unit in force before the period the national unit list covers (2025); a document is (province_code, province_valid_from, number); indicator levels are joined with |,
                lowest first. Restoring creates the units and indicators an installation lacks and checks the
                others. measurements.csv is exactly the
                yearly-results import layout and can also be uploaded as an ordinary import. provisional.csv holds the
                values recorded at a period of a year (Q1, H1, M9) until the yearly result replaces them.
                Text starting with = + - or @ is written after an apostrophe so spreadsheets do not run it;
                the import and the restore drop that apostrophe.
                """.formatted(
                        FORMAT_VERSION,
                        exportedAt,
                        String.join(",", PROVINCE_COLUMNS),
                        String.join(",", INDICATOR_COLUMNS),
                        String.join(",", DOCUMENT_COLUMNS),
                        String.join(",", TARGET_COLUMNS),
                        String.join(",", ImportColumn.headers()),
                        String.join(",", PROVISIONAL_COLUMNS));
    }
}
