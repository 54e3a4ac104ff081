package vn.cchc.tracker.backup;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.tracker.exporting.MeasurementExportService;
import vn.cchc.tracker.indicator.IndicatorService;
import vn.cchc.tracker.indicator.IndicatorSpec;
import vn.cchc.tracker.tablefile.CellText;
import vn.cchc.tracker.tablefile.CsvTableWriter;
import vn.cchc.tracker.tablefile.ExportTable;

/**
 * Every province, document, target, yearly result and provisional value as one zip in {@link FullDataLayout}, read in one
 * consistent snapshot (a read-only transaction is one PostgreSQL snapshot under REPEATABLE READ).
 */
@Service
public class FullDataExportService {

    private static final String UNITS = """
            select p.code, p.valid_from, p.name_vi, p.kind, p.valid_to, s.code as successor_code,
                   s.valid_from as successor_valid_from, p.change_note
            from province p left join province s on s.id = p.successor_id
            order by p.code, p.valid_from nulls first""";
    private static final String DOCUMENTS = """
            select p.code, p.valid_from, d.number, d.kind, d.issuing_body, d.issue_date, d.title, d.period_from,
                   d.period_to, d.source
            from document d join province p on p.id = d.province_id
            order by p.code, p.valid_from nulls first, d.issue_date, d.id""";
    private static final String TARGETS = """
            select p.code, p.valid_from, d.number, t.position, t.indicator_code, t.comparison, t.threshold_value,
                   t.threshold_level, t.deadline_year, t.baseline_year, t.baseline_value, t.scope_note, t.sentence, t.source
            from target t join document d on d.id = t.document_id join province p on p.id = d.province_id
            order by p.code, p.valid_from nulls first, d.issue_date, d.id, t.position, t.id""";

    private static final String PROVISIONAL = """
            select p.code, pm.indicator_code, rp.year, rp.kind,
                   coalesce(pm.value_level, trim_scale(pm.value_number)::text), pm.source, pm.note
            from provisional_measurement pm
              join province p on p.id = pm.province_id
              join reporting_period rp on rp.id = pm.period_id
            order by p.code, rp.year, rp.window_to, pm.indicator_code""";

    private final NamedParameterJdbcTemplate jdbc;
    private final IndicatorService indicators;
    private final MeasurementExportService measurements;
    private final Clock clock;

    public FullDataExportService(
            NamedParameterJdbcTemplate jdbc,
            IndicatorService indicators,
            MeasurementExportService measurements,
            Clock clock) {
        this.jdbc = jdbc;
        this.indicators = indicators;
        this.measurements = measurements;
        this.clock = clock;
    }

    /** File name for today's export, e.g. {@code cchc-tracker-du-lieu-2025-03-01.zip}. */
    public String fileName() {
        return "cchc-tracker-du-lieu-" + LocalDate.now(clock.withZone(CellText.ZONE)) + ".zip";
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public byte[] exportZip() {
        ExportTable units = table("provinces", FullDataLayout.PROVINCE_COLUMNS, UNITS);
        ExportTable indicators = indicatorTable();
        ExportTable documents = table("documents", FullDataLayout.DOCUMENT_COLUMNS, DOCUMENTS);
        ExportTable targets = table("targets", FullDataLayout.TARGET_COLUMNS, TARGETS);
        ExportTable results = measurements.importLayout(new MeasurementExportService.Filter(null, null, null));
        ExportTable provisional = table("provisional", FullDataLayout.PROVISIONAL_COLUMNS, PROVISIONAL);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        long exportedAt = clock.millis();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            put(
                    zip,
                    exportedAt,
                    FullDataLayout.README,
                    FullDataLayout.readme(DateTimeFormatter.ISO_LOCAL_DATE.format(
                                    LocalDate.now(clock.withZone(CellText.ZONE))))
                            .getBytes(StandardCharsets.UTF_8));
            put(zip, exportedAt, FullDataLayout.PROVINCES, CsvTableWriter.write(units, null));
            put(zip, exportedAt, FullDataLayout.INDICATORS, CsvTableWriter.write(indicators, null));
            put(zip, exportedAt, FullDataLayout.DOCUMENTS, CsvTableWriter.write(documents, null));
            put(zip, exportedAt, FullDataLayout.TARGETS, CsvTableWriter.write(targets, null));
            put(zip, exportedAt, FullDataLayout.MEASUREMENTS, CsvTableWriter.write(results, null));
            put(zip, exportedAt, FullDataLayout.PROVISIONAL, CsvTableWriter.write(provisional, null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private ExportTable table(String name, List<String> columns, String sql) {
        List<List<Object>> rows = jdbc.query(sql, (rs, n) -> {
            Object[] row = new Object[columns.size()];
            for (int c = 0; c < row.length; c++) {
                Object value = rs.getObject(c + 1);
                row[c] = value instanceof Date d ? d.toLocalDate() : value;
            }
            return Arrays.asList(row);
        });
        return new ExportTable(name, columns, rows);
    }

    /** The catalogue by code, group levels joined with {@code |}, lowest first: what the restore reads back. */
    private ExportTable indicatorTable() {
        List<List<Object>> rows = indicators.snapshot().all().stream()
                .sorted(Comparator.comparing(IndicatorSpec::code))
                .map(i -> Arrays.<Object>asList(
                        i.code(),
                        i.nameVi(),
                        i.nameEn(),
                        i.reformAreaCode(),
                        i.unitKind().name(),
                        i.direction().name(),
                        i.minValue(),
                        i.maxValue(),
                        i.levels().isEmpty() ? null : String.join("|", i.levelNames())))
                .toList();
        return new ExportTable("indicators", FullDataLayout.INDICATOR_COLUMNS, rows);
    }

    /** Each file is dated by the export, as a reader unpacking the zip expects (not 1970). */
    private static void put(ZipOutputStream zip, long exportedAt, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(exportedAt);
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }
}
