import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Generates a synthetic national data set for the benchmark: 63 provinces, about 150 indicators, 15 years —
 * ~140,000 measurements and ~20,000 targets of every comparison kind. Deterministic (fixed seed). Every name says
 * it is synthetic ("thử nghiệm"), and it is only ever loaded into the benchmark's own database.
 *
 * Writes, in the product's own formats:
 *   national-data.zip  — the full-data layout (provinces, indicators, documents, targets; no measurements)
 *   measurements.csv   — the yearly-results import layout, loaded and timed separately
 *
 * Run: java bench/NationalDataGenerator.java bench/out
 */
public class NationalDataGenerator {

    static final long SEED = 20261123L;
    static final int PROVINCES = 63;
    static final int FIRST_YEAR = 2011;
    static final int LAST_YEAR = 2025;
    static final int SYNTHETIC_INDICATORS = 111; // plus the 39 of the shipped catalogue = 150
    static final int DOCUMENTS_PER_PROVINCE = 4;
    static final int TARGETS_PER_DOCUMENT = 80; // 63 × 4 × 80 = 20,160
    static final String BOM = "\uFEFF";

    /** The shipped catalogue's numeric indicators the generator also measures (codes exist in every installation). */
    static final String[][] SHIPPED = {
        {"SIPAS", "PERCENT"},
        {"PAR_INDEX_SCORE", "SCORE"},
        {"PAR_INDEX_RANK", "RANK"},
        {"PAPI_RANK", "RANK"},
        {"PCI_RANK", "RANK"},
        {"PAR_DIRECTION_RANK", "RANK"},
        {"PAR_TTHC_RANK", "RANK"},
        {"CCHC_PLAN_COMPLETION_RATE", "PERCENT"},
        {"CCHC_PLAN_AGENCIES_RATE", "PERCENT"},
        {"CCHC_INSPECTION_COVERAGE_RATE", "PERCENT"},
        {"LEGAL_DOCS_PROPER_PROCEDURE_RATE", "PERCENT"},
        {"SATISFACTION_TTHC_RATE", "PERCENT"},
        {"SATISFACTION_TTHC_LAND_RATE", "PERCENT"},
        {"DOSSIER_ON_TIME_RATE", "PERCENT"},
        {"TTHC_TIME_REDUCTION_RATE", "PERCENT"},
        {"TTHC_ISO_RATE", "PERCENT"},
        {"TTHC_ONE_STOP_RATE", "PERCENT"},
        {"PUBLIC_SERVICE_UNITS", "COUNT"},
        {"SATISFACTION_HEALTH_EDU_RATE", "PERCENT"},
        {"CIVIL_SERVANT_STAFFING", "COUNT"},
        {"PUBLIC_EMPLOYEE_STAFFING", "COUNT"},
        {"SELF_FINANCING_UNITS_RATE", "PERCENT"},
        {"ECONOMIC_UNITS_CONVERTED_RATE", "PERCENT"},
        {"TTHC_ONLINE_L34_RATE", "PERCENT"},
        {"TTHC_ONLINE_L4_RATE", "PERCENT"},
        {"TTHC_NATIONAL_PORTAL_RATE", "PERCENT"},
        {"DOSSIER_ONLINE_RATE", "PERCENT"},
        {"DOSSIER_ONLINE_L4_RATE", "PERCENT"},
        {"DOSSIER_ONLINE_JUSTICE_BUSINESS_RATE", "PERCENT"},
        {"DIGITIZED_RESULTS_RATE", "PERCENT"},
        {"ONLINE_SERVICES_MOBILE_RATE", "PERCENT"},
        {"E_AUTHENTICATED_TRANSACTIONS_RATE", "PERCENT"},
        {"DIGITAL_DIRECTION_PLATFORM_RATE", "PERCENT"},
        {"DIGITAL_STATE_MANAGEMENT_RATE", "PERCENT"},
        {"DIGITAL_TRANSFORMATION_TASKS_RATE", "PERCENT"},
        {"E_DOCUMENT_AGENCIES_RATE", "PERCENT"},
        {"ISO_AGENCIES_RATE", "PERCENT"},
        {"PAPI_GROUP", "GROUP"},
        {"PCI_GROUP", "GROUP"},
    };

    static final String[] PAPI_LEVELS = {"thấp nhất", "trung bình thấp", "trung bình cao", "cao nhất"};
    static final String[] PCI_LEVELS = {"thấp", "tương đối thấp", "trung bình", "khá", "tốt", "rất tốt"};
    static final String[] AREAS = {
        "DIRECTION", "INSTITUTIONS", "PROCEDURES", "APPARATUS", "CIVIL_SERVICE", "PUBLIC_FINANCE", "DIGITAL_GOVERNMENT"
    };

    record Indicator(String code, String kind, boolean synthetic, String area) {}

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "bench/out");
        Files.createDirectories(out);
        SplittableRandom random = new SplittableRandom(SEED);
        List<Indicator> indicators = indicators(random);
        List<String> provinces = new ArrayList<>();
        for (int p = 1; p <= PROVINCES; p++) {
            provinces.add(String.valueOf(100 + p)); // 101..163: codes no real unit uses
        }

        // measurements: one series per province and indicator, a trend with noise inside the valid range
        double[][][] values = new double[PROVINCES][indicators.size()][LAST_YEAR - FIRST_YEAR + 1];
        long measurements = 0;
        try (Writer csv = Files.newBufferedWriter(out.resolve("measurements.csv"), StandardCharsets.UTF_8)) {
            csv.write(BOM + "province_code,indicator_code,year,value,source,note\n");
            for (int p = 0; p < PROVINCES; p++) {
                for (int i = 0; i < indicators.size(); i++) {
                    Indicator indicator = indicators.get(i);
                    series(random, indicator.kind(), values[p][i]);
                    for (int y = 0; y < values[p][i].length; y++) {
                        csv.write(provinces.get(p) + "," + indicator.code() + "," + (FIRST_YEAR + y) + ","
                                + text(indicator, values[p][i][y]) + ",Dữ liệu thử nghiệm (benchmark),\n");
                        measurements++;
                    }
                }
            }
        }

        long targets = 0;
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out.resolve("national-data.zip")))) {
            StringBuilder units = new StringBuilder(
                    BOM + "code,valid_from,name_vi,kind,valid_to,successor_code,successor_valid_from,change_note\n");
            for (String code : provinces) {
                units.append(code)
                        .append(",2004-01-01,Tỉnh thử nghiệm ")
                        .append(code)
                        .append(",PROVINCE,,,,Đơn vị thử nghiệm cho benchmark\n");
            }
            entry(zip, "provinces.csv", units);

            StringBuilder catalogue = new StringBuilder(
                    BOM + "code,name_vi,name_en,reform_area_code,unit_kind,direction,min_value,max_value,levels\n");
            for (Indicator indicator : indicators) {
                if (!indicator.synthetic()) {
                    continue;
                }
                String kind = indicator.kind();
                String direction = kind.equals("RANK") || kind.equals("COUNT") ? "LOWER_IS_BETTER" : "HIGHER_IS_BETTER";
                String range =
                        switch (kind) {
                            case "PERCENT", "SCORE" -> "0,100";
                            case "RANK" -> "1,63";
                            default -> "0,";
                        };
                catalogue
                        .append(indicator.code())
                        .append(",Chỉ tiêu thử nghiệm ")
                        .append(indicator.code())
                        .append(",Synthetic indicator ")
                        .append(indicator.code())
                        .append(',')
                        .append(indicator.area())
                        .append(',')
                        .append(kind)
                        .append(',')
                        .append(direction)
                        .append(',')
                        .append(range)
                        .append(",\n");
            }
            entry(zip, "indicators.csv", catalogue);

            StringBuilder documents = new StringBuilder(
                    BOM
                            + "province_code,province_valid_from,number,kind,issuing_body,issue_date,title,period_from,period_to,source\n");
            StringBuilder targetRows = new StringBuilder(
                    BOM
                            + "province_code,province_valid_from,document_number,position,indicator_code,comparison,threshold_value,threshold_level,deadline_year,baseline_year,baseline_value,scope_note,sentence,source\n");
            for (int p = 0; p < PROVINCES; p++) {
                String code = provinces.get(p);
                for (int d = 1; d <= DOCUMENTS_PER_PROVINCE; d++) {
                    String number = d + "-NQ/TN" + code;
                    int from = 2012 + 3 * (d - 1);
                    documents
                            .append(code)
                            .append(",2004-01-01,")
                            .append(number)
                            .append(",RESOLUTION,Ban chỉ đạo thử nghiệm,")
                            .append(from)
                            .append("-06-30,Văn bản thử nghiệm ")
                            .append(number)
                            .append(',')
                            .append(from)
                            .append(',')
                            .append(from + 8)
                            .append(",Dữ liệu thử nghiệm (benchmark)\n");
                    for (int t = 1; t <= TARGETS_PER_DOCUMENT; t++) {
                        int i = random.nextInt(indicators.size());
                        Indicator indicator = indicators.get(i);
                        int deadline = from + 3 + random.nextInt(6);
                        targetRows
                                .append(code)
                                .append(",2004-01-01,")
                                .append(number)
                                .append(',')
                                .append(t)
                                .append(',')
                                .append(indicator.code())
                                .append(',')
                                .append(target(random, indicator, values[p][i], deadline))
                                .append(",,Mục tiêu thử nghiệm số ")
                                .append(t)
                                .append(" của văn bản ")
                                .append(number)
                                .append(",\n");
                        targets++;
                    }
                }
            }
            entry(zip, "documents.csv", documents);
            entry(zip, "targets.csv", targetRows);
        }
        System.out.printf(
                Locale.ROOT,
                "generated %d provinces, %d indicators (%d synthetic), %d measurements, %d targets in %s%n",
                PROVINCES,
                indicators.size(),
                SYNTHETIC_INDICATORS,
                measurements,
                targets,
                out);
    }

    static List<Indicator> indicators(SplittableRandom random) {
        List<Indicator> all = new ArrayList<>();
        for (String[] shipped : SHIPPED) {
            all.add(new Indicator(shipped[0], shipped[1], false, null));
        }
        String[] kinds = {"PERCENT", "PERCENT", "PERCENT", "PERCENT", "SCORE", "RANK", "COUNT"};
        for (int n = 1; n <= SYNTHETIC_INDICATORS; n++) {
            all.add(new Indicator(
                    "BENCH_%03d".formatted(n),
                    kinds[random.nextInt(kinds.length)],
                    true,
                    AREAS[random.nextInt(AREAS.length)]));
        }
        return all;
    }

    /** A yearly series with a trend and noise, kept inside the kind's valid range. */
    static void series(SplittableRandom random, String kind, double[] years) {
        double start;
        double slope;
        double noise;
        switch (kind) {
            case "PERCENT", "SCORE" -> {
                start = 35 + random.nextDouble() * 45;
                slope = -0.5 + random.nextDouble() * 3;
                noise = 1.5;
            }
            case "RANK" -> {
                start = 1 + random.nextInt(63);
                slope = -2 + random.nextDouble() * 3;
                noise = 3;
            }
            case "COUNT" -> {
                start = 200 + random.nextInt(1800);
                slope = -start * (random.nextDouble() * 0.03);
                noise = start * 0.01;
            }
            default -> {
                start = random.nextInt(4);
                slope = random.nextDouble() * 0.3;
                noise = 0.6;
            } // group level index
        }
        for (int y = 0; y < years.length; y++) {
            double v = start + slope * y + (random.nextDouble() * 2 - 1) * noise;
            years[y] = switch (kind) {
                case "PERCENT", "SCORE" -> Math.round(Math.max(0, Math.min(100, v)) * 100) / 100.0;
                case "RANK" -> Math.max(1, Math.min(63, Math.round(v)));
                case "COUNT" -> Math.max(0, Math.round(v));
                default -> v;
            };
        }
    }

    static String text(Indicator indicator, double value) {
        return switch (indicator.code()) {
            case "PAPI_GROUP" -> PAPI_LEVELS[(int) Math.max(0, Math.min(PAPI_LEVELS.length - 1, Math.round(value)))];
            case "PCI_GROUP" -> PCI_LEVELS[(int) Math.max(0, Math.min(PCI_LEVELS.length - 1, Math.round(value)))];
            default ->
                indicator.kind().equals("PERCENT") || indicator.kind().equals("SCORE")
                        ? String.format(Locale.ROOT, "%.2f", value)
                        : String.valueOf((long) value);
        };
    }

    /** comparison,threshold_value,threshold_level,deadline_year,baseline_year,baseline_value for a plausible target. */
    static String target(SplittableRandom random, Indicator indicator, double[] series, int deadline) {
        double last = series[series.length - 1];
        return switch (indicator.kind()) {
            case "PERCENT", "SCORE" -> {
                String comparison = random.nextInt(5) == 0 ? "MORE_THAN" : "AT_LEAST";
                double threshold = Math.min(100, Math.round(last + (random.nextDouble() * 20 - 8)));
                yield comparison + "," + (long) Math.max(1, threshold) + ",," + deadline + ",,";
            }
            case "RANK" ->
                "RANK_AT_BEST," + Math.max(1, Math.min(63, Math.round(last - 5 + random.nextInt(10)))) + ",," + deadline
                        + ",,";
            case "COUNT" ->
                random.nextBoolean()
                        ? "REDUCE_BY_PERCENT," + (5 + random.nextInt(11)) + ",," + deadline + "," + (deadline - 4) + ","
                        : "AT_MOST," + Math.round(last * 0.95) + ",," + deadline + ",,";
            default ->
                "GROUP_AT_LEAST,,"
                        + (indicator.code().equals("PAPI_GROUP")
                                ? PAPI_LEVELS[1 + random.nextInt(PAPI_LEVELS.length - 1)]
                                : PCI_LEVELS[2 + random.nextInt(PCI_LEVELS.length - 2)])
                        + "," + deadline + ",,";
        };
    }

    static void entry(ZipOutputStream zip, String name, CharSequence content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        OutputStream body = zip;
        Writer writer = new OutputStreamWriter(body, StandardCharsets.UTF_8);
        writer.append(content);
        writer.flush();
        zip.closeEntry();
    }
}
