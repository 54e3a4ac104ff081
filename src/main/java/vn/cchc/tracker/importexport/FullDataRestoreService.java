package vn.cchc.tracker.importexport;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import vn.cchc.tracker.document.Document;
import vn.cchc.tracker.document.DocumentKind;
import vn.cchc.tracker.importexport.ImportCatalogue.ProvinceUnit;
import vn.cchc.tracker.importexport.RestoreException.PartProblem;
import vn.cchc.tracker.indicator.Indicator;
import vn.cchc.tracker.measurement.Measurement;
import vn.cchc.tracker.province.Province;
import vn.cchc.tracker.target.Comparison;
import vn.cchc.tracker.target.Target;

/**
 * Restores a {@link FullDataLayout full-data export} into a database that has the reference data (units,
 * catalogue) but no documents, targets or results yet — an administrator's operation (authorization is the
 * caller's). All or nothing: every part is read and checked first, every problem reported with its part, row and
 * column; only a clean backup is written, in one transaction, and the database's own constraints have the last word.
 */
@Service
public class FullDataRestoreService {

    /** What a restore wrote. */
    public record RestoreResult(int documents, int targets, int measurements) {
    }

    private static final String ANY_DATA = """
            select (select count(*) from document) + (select count(*) from target) + (select count(*) from measurement)""";

    private final ImportQuery query;
    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;
    private final ImportProperties properties;
    private final Clock clock;

    public FullDataRestoreService(ImportQuery query, JdbcTemplate jdbc, EntityManager entityManager,
                                  ImportProperties properties, Clock clock) {
        this.query = query;
        this.jdbc = jdbc;
        this.entityManager = entityManager;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * @param backup the zip from {@link FullDataExportService#exportZip()}
     * @param author recorded as creator of the restored results
     * @throws RestoreException listing every problem; nothing is written then
     */
    @Transactional
    public RestoreResult restore(ImportFile backup, String author) {
        List<PartProblem> problems = new ArrayList<>();
        Long existing = jdbc.queryForObject(ANY_DATA, Long.class);
        if (existing != null && existing > 0) {
            throw new RestoreException(List.of(new PartProblem("", ImportProblem.ofFile(ProblemType.RESTORE_NOT_EMPTY))));
        }
        ImportLimits limits = properties.limits();
        if (backup.exceeds(limits.maxUnpackedBytes())) {
            throw new RestoreException(List.of(new PartProblem(backup.name(),
                    ImportProblem.ofFile(ProblemType.FILE_TOO_LARGE, Sizes.human(limits.maxUnpackedBytes())))));
        }
        Map<String, byte[]> parts = unzip(backup, limits, problems);
        ImportCatalogue catalogue = query.catalogue();

        List<TableRecord> units = records(parts, FullDataLayout.PROVINCES, FullDataLayout.PROVINCE_COLUMNS, problems);
        List<TableRecord> documentRows = records(parts, FullDataLayout.DOCUMENTS, FullDataLayout.DOCUMENT_COLUMNS, problems);
        List<TableRecord> targetRows = records(parts, FullDataLayout.TARGETS, FullDataLayout.TARGET_COLUMNS, problems);
        List<TableRecord> measurementRows = records(parts, FullDataLayout.MEASUREMENTS, ImportColumn.headers(), problems);

        for (TableRecord r : units) {
            Fields f = new Fields(FullDataLayout.PROVINCES, r, problems);
            String code = f.required("code");
            LocalDate from = f.date("valid_from", true);
            if (code != null && from != null && unit(catalogue, code, from).isEmpty()) {
                f.problem("code", ProblemType.PROVINCE_UNIT_UNKNOWN, code, from);
            }
        }
        Map<String, DocumentDraft> documents = documents(documentRows, catalogue, problems);
        List<TargetDraft> targets = targets(targetRows, documents, catalogue, problems);
        List<CheckedRow> measurements = new MeasurementRowValidator(catalogue).check(measurementRows);
        measurements.forEach(m -> m.problems().forEach(p -> problems.add(new PartProblem(FullDataLayout.MEASUREMENTS, p))));
        if (!problems.isEmpty()) {
            throw new RestoreException(problems);
        }
        return write(documents, targets, measurements, author);
    }

    private RestoreResult write(Map<String, DocumentDraft> documents, List<TargetDraft> targets,
                                List<CheckedRow> measurements, String author) {
        Instant now = clock.instant();
        try {
            for (DocumentDraft d : documents.values()) {
                d.entity = new Document(entityManager.getReference(Province.class, d.unit.id()), d.number, d.kind,
                        d.issuingBody, d.issueDate, d.title, d.periodFrom, d.periodTo, d.source);
                entityManager.persist(d.entity);
            }
            for (TargetDraft t : targets) {
                Target target = new Target(t.document.entity, entityManager.getReference(Indicator.class, t.indicatorCode),
                        t.comparison, t.thresholdValue, t.thresholdLevel, t.deadlineYear, t.sentence);
                target.setBaseline(t.baselineYear, t.baselineValue);
                target.setScopeNote(t.scopeNote);
                target.setSource(t.source);
                target.setPosition(t.position);
                entityManager.persist(target);
            }
            for (CheckedRow row : measurements) {
                ValidatedRow m = row.valid();
                entityManager.persist(new Measurement(entityManager.getReference(Province.class, m.unit().id()),
                        entityManager.getReference(Indicator.class, m.indicator().code()), m.year(), m.valueNumber(),
                        m.valueLevel(), m.source(), m.note(), author, now));
            }
            entityManager.flush();
        } catch (PersistenceException | DataAccessException e) {
            throw new RestoreException(List.of(new PartProblem("", ImportProblem.ofFile(ProblemType.RESTORE_REJECTED, reason(e)))));
        }
        return new RestoreResult(documents.size(), targets.size(), measurements.size());
    }

    // --- reading ---------------------------------------------------------------------------------------------

    private static Map<String, byte[]> unzip(ImportFile backup, ImportLimits limits, List<PartProblem> problems) {
        Map<String, byte[]> parts = new HashMap<>();
        long budget = limits.maxUnpackedBytes();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(backup.bytes()))) {
            ZipEntry entry;
            byte[] buffer = new byte[8192];
            while ((entry = zip.getNextEntry()) != null) {
                String name = entry.getName().substring(entry.getName().lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    budget -= n;
                    if (budget < 0) {
                        problems.add(new PartProblem(backup.name(), ImportProblem.ofFile(ProblemType.FILE_UNPACKED_TOO_LARGE,
                                Sizes.human(limits.maxUnpackedBytes()))));
                        return Map.of();
                    }
                    out.write(buffer, 0, n);
                }
                parts.put(name, out.toByteArray());
            }
        } catch (ZipException e) {
            problems.add(new PartProblem(backup.name(), ImportProblem.ofFile(ProblemType.FILE_UNSUPPORTED)));
        } catch (IOException e) {
            problems.add(new PartProblem(backup.name(), ImportProblem.ofFile(ProblemType.FILE_UNSUPPORTED)));
        }
        return parts;
    }

    private static List<TableRecord> records(Map<String, byte[]> parts, String part, List<String> columns,
                                             List<PartProblem> problems) {
        byte[] bytes = parts.get(part);
        if (bytes == null) {
            problems.add(new PartProblem(part, ImportProblem.ofFile(ProblemType.RESTORE_PART_MISSING, part)));
            return List.of();
        }
        TableReadResult read = CsvTableReader.read(bytes);
        if (read.hasProblems()) {
            read.problems().forEach(p -> problems.add(new PartProblem(part, p)));
            return List.of();
        }
        HeaderMapping.Result table = HeaderMapping.map(read.lines(), columns);
        List<ImportProblem> headerProblems = table.problems().stream()
                .filter(p -> p.type() != ProblemType.FILE_NO_DATA_ROWS) // a part may be empty
                .toList();
        headerProblems.forEach(p -> problems.add(new PartProblem(part, p)));
        table.records().forEach(r -> r.problems().forEach(p -> problems.add(new PartProblem(part, p))));
        return headerProblems.isEmpty() ? table.records() : List.of();
    }

    private static Optional<ProvinceUnit> unit(ImportCatalogue catalogue, String code, LocalDate validFrom) {
        return catalogue.unitsOf(code).stream().filter(u -> u.validFrom().equals(validFrom)).findFirst();
    }

    private static String documentKey(String code, LocalDate validFrom, String number) {
        return code + "|" + validFrom + "|" + number;
    }

    private static Map<String, DocumentDraft> documents(List<TableRecord> rows, ImportCatalogue catalogue,
                                                        List<PartProblem> problems) {
        Map<String, DocumentDraft> documents = new LinkedHashMap<>();
        for (TableRecord r : rows) {
            Fields f = new Fields(FullDataLayout.DOCUMENTS, r, problems);
            DocumentDraft d = new DocumentDraft();
            String code = f.required("province_code");
            LocalDate from = f.date("province_valid_from", true);
            d.number = f.required("number");
            d.kind = f.enumValue("kind", DocumentKind.class);
            d.issuingBody = f.required("issuing_body");
            d.issueDate = f.date("issue_date", true);
            d.title = f.required("title");
            d.periodFrom = f.integer("period_from", false);
            d.periodTo = f.integer("period_to", false);
            d.source = f.required("source");
            if (code != null && from != null) {
                d.unit = unit(catalogue, code, from).orElse(null);
                if (d.unit == null) {
                    f.problem("province_code", ProblemType.PROVINCE_UNIT_UNKNOWN, code, from);
                } else if (d.number != null
                        && documents.putIfAbsent(documentKey(code, from, d.number), d) != null) {
                    f.problem("number", ProblemType.DOCUMENT_DUPLICATE, code, d.number);
                }
            }
        }
        return documents;
    }

    private static List<TargetDraft> targets(List<TableRecord> rows, Map<String, DocumentDraft> documents,
                                             ImportCatalogue catalogue, List<PartProblem> problems) {
        List<TargetDraft> targets = new ArrayList<>();
        for (TableRecord r : rows) {
            Fields f = new Fields(FullDataLayout.TARGETS, r, problems);
            TargetDraft t = new TargetDraft();
            String code = f.required("province_code");
            LocalDate from = f.date("province_valid_from", true);
            String number = f.required("document_number");
            Integer position = f.integer("position", true);
            t.indicatorCode = f.required("indicator_code");
            t.comparison = f.enumValue("comparison", Comparison.class);
            t.thresholdValue = f.decimal("threshold_value");
            t.thresholdLevel = f.optional("threshold_level");
            Integer deadline = f.integer("deadline_year", true);
            t.baselineYear = f.integer("baseline_year", false);
            t.baselineValue = f.decimal("baseline_value");
            t.scopeNote = f.optional("scope_note");
            t.sentence = f.required("sentence");
            t.source = f.optional("source");
            if (code != null && from != null && number != null) {
                t.document = documents.get(documentKey(code, from, number));
                if (t.document == null) {
                    f.problem("document_number", ProblemType.DOCUMENT_UNKNOWN, code, number);
                }
            }
            if (t.indicatorCode != null && catalogue.indicator(t.indicatorCode).isEmpty()) {
                f.problem("indicator_code", ProblemType.INDICATOR_UNKNOWN, t.indicatorCode);
            }
            t.position = position == null ? 0 : position;
            t.deadlineYear = deadline == null ? 0 : deadline;
            targets.add(t);
        }
        return targets;
    }

    private static String reason(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = String.valueOf(root.getMessage()).lines().findFirst().orElse("");
        return message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }

    /** Typed access to a record's fields, each problem recorded on its part, row and column. */
    private static final class Fields {
        private final String part;
        private final TableRecord record;
        private final List<PartProblem> problems;

        Fields(String part, TableRecord record, List<PartProblem> problems) {
            this.part = part;
            this.record = record;
            this.problems = problems;
        }

        void problem(String column, ProblemType type, Object... args) {
            problems.add(new PartProblem(part, ImportProblem.at(record.row(), column, type, args)));
        }

        String optional(String column) {
            String v = record.get(column);
            return v.isEmpty() ? null : v;
        }

        String required(String column) {
            String v = optional(column);
            if (v == null) {
                problem(column, ProblemType.FIELD_REQUIRED);
            }
            return v;
        }

        Integer integer(String column, boolean required) {
            String v = required ? required(column) : optional(column);
            if (v == null) {
                return null;
            }
            try {
                return Integer.valueOf(v);
            } catch (NumberFormatException e) {
                problem(column, ProblemType.FIELD_INVALID, v);
                return null;
            }
        }

        BigDecimal decimal(String column) {
            String v = optional(column);
            if (v == null) {
                return null;
            }
            Optional<BigDecimal> d = DecimalParser.parse(v);
            if (d.isEmpty()) {
                problem(column, ProblemType.FIELD_INVALID, v);
            }
            return d.orElse(null);
        }

        LocalDate date(String column, boolean required) {
            String v = required ? required(column) : optional(column);
            if (v == null) {
                return null;
            }
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                problem(column, ProblemType.FIELD_INVALID, v);
                return null;
            }
        }

        <E extends Enum<E>> E enumValue(String column, Class<E> type) {
            String v = required(column);
            if (v == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problem(column, ProblemType.FIELD_INVALID, v);
                return null;
            }
        }
    }

    private static final class DocumentDraft {
        ProvinceUnit unit;
        String number;
        DocumentKind kind;
        String issuingBody;
        LocalDate issueDate;
        String title;
        Integer periodFrom;
        Integer periodTo;
        String source;
        Document entity;
    }

    private static final class TargetDraft {
        DocumentDraft document;
        int position;
        String indicatorCode;
        Comparison comparison;
        BigDecimal thresholdValue;
        String thresholdLevel;
        int deadlineYear;
        Integer baselineYear;
        BigDecimal baselineValue;
        String scopeNote;
        String sentence;
        String source;
    }
}
