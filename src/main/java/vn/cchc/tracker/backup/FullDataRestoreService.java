package vn.cchc.tracker.backup;

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
import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import vn.cchc.tracker.account.Actor;
import vn.cchc.tracker.audit.AuditAction;
import vn.cchc.tracker.audit.AuditEntityType;
import vn.cchc.tracker.audit.AuditEntry;
import vn.cchc.tracker.audit.AuditLog;
import vn.cchc.tracker.audit.Origin;
import vn.cchc.tracker.document.Document;
import vn.cchc.tracker.document.DocumentKind;
import vn.cchc.tracker.importing.ImportCatalogue.ProvinceUnit;
import vn.cchc.tracker.backup.RestoreException.PartProblem;
import vn.cchc.tracker.importing.ImportCatalogue.IndicatorSpec;
import vn.cchc.tracker.importing.ImportCatalogue.Level;
import vn.cchc.tracker.indicator.Direction;
import vn.cchc.tracker.indicator.Indicator;
import vn.cchc.tracker.indicator.UnitKind;
import vn.cchc.tracker.measurement.MeasurementChange;
import vn.cchc.tracker.measurement.MeasurementConflictException;
import vn.cchc.tracker.measurement.MeasurementWriteService;
import vn.cchc.tracker.measurement.YearApprovedException;
import vn.cchc.tracker.province.Province;
import vn.cchc.tracker.province.ProvinceKind;
import vn.cchc.tracker.support.InvalidInputException;
import vn.cchc.tracker.target.Comparison;
import vn.cchc.tracker.target.Target;
import vn.cchc.tracker.importing.CheckedRow;
import vn.cchc.tracker.importing.ImportCatalogue;
import vn.cchc.tracker.importing.ImportColumn;
import vn.cchc.tracker.importing.ImportProperties;
import vn.cchc.tracker.importing.ImportQuery;
import vn.cchc.tracker.importing.MeasurementRowValidator;
import vn.cchc.tracker.importing.ValidatedRow;
import vn.cchc.tracker.tablefile.CsvTableReader;
import vn.cchc.tracker.tablefile.DecimalParser;
import vn.cchc.tracker.tablefile.HeaderMapping;
import vn.cchc.tracker.tablefile.ImportFile;
import vn.cchc.tracker.tablefile.ImportLimits;
import vn.cchc.tracker.tablefile.ImportProblem;
import vn.cchc.tracker.tablefile.ProblemType;
import vn.cchc.tracker.tablefile.Sizes;
import vn.cchc.tracker.tablefile.TableReadResult;
import vn.cchc.tracker.tablefile.TableRecord;

/**
 * Restores a {@link FullDataLayout full-data export} into an installation that has no documents, targets or results
 * yet — an administrator's operation. Units in {@code provinces.csv} and indicators in {@code indicators.csv} that
 * the installation lacks are created (a national data set brings its own); those it has are checked, not changed.
 * All or nothing: every part is read and checked first, every problem reported with its part, row and column; only
 * a clean backup is written, in one transaction, and the database's own constraints have the last word. The results
 * go through {@link MeasurementWriteService} (set-based, each with its audit row), and the restore itself is audited
 * as one event with the file's name and what it created.
 */
@Service
public class FullDataRestoreService {

    /** What a restore wrote. */
    public record RestoreResult(int provinces, int indicators, int documents, int targets, int measurements)
            implements java.io.Serializable {
    }

    private static final String ANY_DATA = """
            select (select count(*) from document) + (select count(*) from target) + (select count(*) from measurement)""";

    private static final String INSERT_UNIT = """
            insert into province (code, valid_from, name_vi, kind, valid_to, change_note) values (?, ?, ?, ?, ?, ?)""";
    private static final String LINK_SUCCESSOR = """
            update province set successor_id = (select id from province where code = ? and valid_from = ?)
            where code = ? and valid_from = ?""";
    private static final String INSERT_INDICATOR = """
            insert into indicator (code, name_vi, name_en, reform_area_code, unit_kind, direction, min_value, max_value)
            values (?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_LEVEL = """
            insert into indicator_level (indicator_code, position, name_vi, name_en) values (?, ?, ?, ?)""";

    private final ImportQuery query;
    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;
    private final ImportProperties properties;
    private final MeasurementWriteService measurementWriter;
    private final AuditLog audit;

    public FullDataRestoreService(ImportQuery query, JdbcTemplate jdbc, EntityManager entityManager,
                                  ImportProperties properties, MeasurementWriteService measurementWriter, AuditLog audit) {
        this.query = query;
        this.jdbc = jdbc;
        this.entityManager = entityManager;
        this.properties = properties;
        this.measurementWriter = measurementWriter;
        this.audit = audit;
    }

    /**
     * @param backup the zip from {@link FullDataExportService#exportZip()}
     * @param actor  an admin; recorded as creator of everything restored
     * @throws RestoreException listing every problem; nothing is written then
     */
    @Transactional
    public RestoreResult restore(ImportFile backup, Actor actor) {
        actor.requireAdmin();
        List<PartProblem> problems = new ArrayList<>();
        Long data = jdbc.queryForObject(ANY_DATA, Long.class);
        if (data != null && data > 0) {
            throw new RestoreException(List.of(new PartProblem("", ImportProblem.ofFile(ProblemType.RESTORE_NOT_EMPTY))));
        }
        ImportLimits limits = properties.limits();
        if (backup.exceeds(limits.maxUnpackedBytes())) {
            throw new RestoreException(List.of(new PartProblem(backup.name(),
                    ImportProblem.ofFile(ProblemType.FILE_TOO_LARGE, Sizes.human(limits.maxUnpackedBytes())))));
        }
        Map<String, byte[]> parts = unzip(backup, limits, problems);
        ImportCatalogue existing = query.catalogue();

        List<TableRecord> unitRows = records(parts, FullDataLayout.PROVINCES, FullDataLayout.PROVINCE_COLUMNS, problems, true);
        List<TableRecord> indicatorRows = records(parts, FullDataLayout.INDICATORS, FullDataLayout.INDICATOR_COLUMNS, problems, false);
        List<TableRecord> documentRows = records(parts, FullDataLayout.DOCUMENTS, FullDataLayout.DOCUMENT_COLUMNS, problems, true);
        List<TableRecord> targetRows = records(parts, FullDataLayout.TARGETS, FullDataLayout.TARGET_COLUMNS, problems, true);
        List<TableRecord> measurementRows = records(parts, FullDataLayout.MEASUREMENTS, ImportColumn.headers(), problems, false);

        List<UnitDraft> newUnits = units(unitRows, existing, problems);
        Set<String> areas = new HashSet<>(jdbc.queryForList("select code from reform_area", String.class));
        List<IndicatorDraft> newIndicators = indicators(indicatorRows, existing, areas, problems);
        // what the rest of the backup is checked against: the installation plus what the backup brings
        List<ProvinceUnit> allUnits = new ArrayList<>(existing.units());
        newUnits.forEach(u -> allUnits.add(u.unit));
        List<IndicatorSpec> allIndicators = new ArrayList<>(existing.indicators());
        newIndicators.forEach(i -> allIndicators.add(i.spec()));
        ImportCatalogue catalogue = new ImportCatalogue(allUnits, allIndicators);

        Map<String, DocumentDraft> documents = documents(documentRows, catalogue, problems);
        List<TargetDraft> targets = targets(targetRows, documents, catalogue, problems);
        List<CheckedRow> measurements = new MeasurementRowValidator(catalogue).check(measurementRows);
        measurements.forEach(m -> m.problems().forEach(p -> problems.add(new PartProblem(FullDataLayout.MEASUREMENTS, p))));
        if (!problems.isEmpty()) {
            throw new RestoreException(problems);
        }
        RestoreResult result = write(newUnits, newIndicators, documents, targets, measurements, actor, backup.name());
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("file", backup.name());
        facts.put("sha256", backup.sha256());
        facts.put("provinces", result.provinces());
        facts.put("indicators", result.indicators());
        facts.put("documents", result.documents());
        facts.put("targets", result.targets());
        facts.put("measurements", result.measurements());
        audit.record(new AuditEntry(actor.username(), AuditEntityType.RESTORE, null, null, null, null, AuditAction.CREATE,
                null, facts, null, origin(backup.name())));
        return result;
    }

    /** Whether a restore would be accepted: no documents, targets or results yet. */
    @Transactional(readOnly = true)
    public boolean installationIsEmpty() {
        Long data = jdbc.queryForObject(ANY_DATA, Long.class);
        return data == null || data == 0;
    }

    /** How restored rows came in, on their audit rows: {@code restore: <file name>}. */
    static Origin origin(String fileName) {
        return new Origin("restore: " + (fileName == null || fileName.isBlank() ? "?" : fileName.strip()));
    }

    private RestoreResult write(List<UnitDraft> newUnits, List<IndicatorDraft> newIndicators,
                                Map<String, DocumentDraft> documents, List<TargetDraft> targets,
                                List<CheckedRow> measurements, Actor actor, String fileName) {
        try {
            for (UnitDraft u : newUnits) {
                jdbc.update(INSERT_UNIT, u.unit.code(), Date.valueOf(u.unit.validFrom()), u.unit.name(), u.kind.name(),
                        u.unit.validTo() == null ? null : Date.valueOf(u.unit.validTo()), u.changeNote);
            }
            for (UnitDraft u : newUnits) {
                if (u.successorCode != null) {
                    jdbc.update(LINK_SUCCESSOR, u.successorCode, Date.valueOf(u.successorFrom), u.unit.code(),
                            Date.valueOf(u.unit.validFrom()));
                }
            }
            for (IndicatorDraft draft : newIndicators) {
                IndicatorSpec i = draft.spec();
                jdbc.update(INSERT_INDICATOR, i.code(), i.nameVi(), i.nameEn(), draft.area(), i.unitKind().name(),
                        draft.direction().name(), i.minValue(), i.maxValue());
                for (int position = 0; position < i.levels().size(); position++) {
                    Level level = i.levels().get(position);
                    jdbc.update(INSERT_LEVEL, i.code(), position + 1, level.nameVi(), level.nameEn());
                }
            }
            // new units now have their ids
            ImportCatalogue stored = newUnits.isEmpty() ? null : query.catalogue();
            for (DocumentDraft d : documents.values()) {
                ProvinceUnit unit = stored == null ? d.unit : unit(stored, d.unit.code(), d.unit.validFrom()).orElseThrow();
                d.entity = new Document(entityManager.getReference(Province.class, unit.id()), d.number, d.kind,
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
            entityManager.flush();
            List<MeasurementChange> changes = new ArrayList<>(measurements.size());
            for (CheckedRow row : measurements) {
                ValidatedRow m = row.valid();
                changes.add(new MeasurementChange(m.unit().code(), m.indicator().code(), m.year(),
                        m.valueNumber() != null ? m.valueNumber().toPlainString() : m.valueLevel(), m.source(), m.note(), null));
            }
            measurementWriter.apply(changes, actor, origin(fileName), null);
        } catch (PersistenceException | DataAccessException | InvalidInputException | YearApprovedException
                 | MeasurementConflictException e) {
            throw new RestoreException(List.of(new PartProblem("", ImportProblem.ofFile(ProblemType.RESTORE_REJECTED, reason(e)))));
        }
        return new RestoreResult(newUnits.size(), newIndicators.size(), documents.size(), targets.size(), measurements.size());
    }

    // --- units and indicators the installation lacks -------------------------------------------------------------

    /** An indicator of indicators.csv the installation lacks: its spec, reform area and direction. */
    private record IndicatorDraft(IndicatorSpec spec, String area, Direction direction) {
    }

    /** A unit of provinces.csv the installation lacks; its id is a placeholder until it is written. */
    private static final class UnitDraft {
        ProvinceUnit unit;
        ProvinceKind kind;
        String changeNote;
        String successorCode;
        LocalDate successorFrom;
    }

    private static List<UnitDraft> units(List<TableRecord> rows, ImportCatalogue existing, List<PartProblem> problems) {
        List<UnitDraft> drafts = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        List<Object[]> successors = new ArrayList<>();
        long placeholder = -1;
        for (TableRecord r : rows) {
            Fields f = new Fields(FullDataLayout.PROVINCES, r, problems);
            String code = f.required("code");
            LocalDate from = f.date("valid_from", true);
            String name = f.required("name_vi");
            ProvinceKind kind = f.enumValue("kind", ProvinceKind.class);
            LocalDate to = f.date("valid_to", false);
            String successorCode = f.optional("successor_code");
            LocalDate successorFrom = f.date("successor_valid_from", false);
            String note = f.optional("change_note");
            if (code == null || from == null) {
                continue;
            }
            if (!code.matches("[0-9]{2,3}")) {
                f.problem("code", ProblemType.FIELD_INVALID, code);
                continue;
            }
            keys.add(code + "|" + from);
            if (successorCode != null || successorFrom != null) {
                successors.add(new Object[] {f, successorCode, successorFrom});
            }
            Optional<ProvinceUnit> have = unit(existing, code, from);
            if (have.isPresent()) {
                if (name != null && !name.equals(have.get().name())) {
                    f.problem("name_vi", ProblemType.PROVINCE_UNIT_DIFFERS, code, from);
                }
                continue;
            }
            if (name == null || kind == null) {
                continue;
            }
            UnitDraft d = new UnitDraft();
            d.unit = new ProvinceUnit(placeholder--, code, name, from, to);
            d.kind = kind;
            d.changeNote = note;
            d.successorCode = successorCode;
            d.successorFrom = successorFrom;
            drafts.add(d);
        }
        for (Object[] s : successors) {
            Fields f = (Fields) s[0];
            String code = (String) s[1];
            LocalDate from = (LocalDate) s[2];
            if (code == null || from == null) {
                f.problem(code == null ? "successor_code" : "successor_valid_from", ProblemType.FIELD_REQUIRED);
            } else if (!keys.contains(code + "|" + from) && unit(existing, code, from).isEmpty()) {
                f.problem("successor_code", ProblemType.PROVINCE_UNIT_UNKNOWN, code, from);
            }
        }
        return drafts;
    }

    private static List<IndicatorDraft> indicators(List<TableRecord> rows, ImportCatalogue existing, Set<String> areas,
                                                   List<PartProblem> problems) {
        List<IndicatorDraft> created = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (TableRecord r : rows) {
            Fields f = new Fields(FullDataLayout.INDICATORS, r, problems);
            String code = f.required("code");
            String nameVi = f.required("name_vi");
            String nameEn = f.required("name_en");
            String area = f.required("reform_area_code");
            UnitKind kind = f.enumValue("unit_kind", UnitKind.class);
            Direction direction = f.enumValue("direction", Direction.class);
            BigDecimal min = f.decimal("min_value");
            BigDecimal max = f.decimal("max_value");
            String levelText = f.optional("levels");
            List<String> levels = levelText == null ? List.of()
                    : Arrays.stream(levelText.split("\\|")).map(String::strip).filter(l -> !l.isEmpty()).toList();
            if (code == null) {
                continue;
            }
            if (!code.matches("[A-Z][A-Z0-9_]*") || !seen.add(code)) {
                f.problem("code", ProblemType.FIELD_INVALID, code);
                continue;
            }
            Optional<IndicatorSpec> have = existing.indicator(code);
            if (have.isPresent()) {
                String stored = describe(have.get().unitKind(), have.get().minValue(), have.get().maxValue(),
                        have.get().levelNames());
                String backup = describe(kind, min, max, levels);
                if (!stored.equals(backup)) {
                    f.problem("code", ProblemType.INDICATOR_DIFFERS, code, stored, backup);
                }
                continue;
            }
            if (area != null && !areas.contains(area)) {
                f.problem("reform_area_code", ProblemType.REFORM_AREA_UNKNOWN, area);
                continue;
            }
            if (kind == UnitKind.GROUP && levels.isEmpty()) {
                f.problem("levels", ProblemType.FIELD_REQUIRED);
                continue;
            }
            if (nameVi == null || nameEn == null || area == null || kind == null || direction == null) {
                continue;
            }
            created.add(new IndicatorDraft(new IndicatorSpec(code, nameVi, nameEn, kind, min, max,
                    levels.stream().map(l -> new Level(l, l)).toList()), area, direction));
        }
        return created;
    }

    /** Kind, range and levels in one comparable line: what values an indicator accepts. */
    private static String describe(UnitKind kind, BigDecimal min, BigDecimal max, List<String> levels) {
        return Objects.toString(kind, "?") + " " + plain(min) + "–" + plain(max)
                + (levels.isEmpty() ? "" : " " + String.join("|", levels));
    }

    private static String plain(BigDecimal n) {
        return n == null ? "" : n.stripTrailingZeros().toPlainString();
    }

    // --- reading ---------------------------------------------------------------------------------------------

    private static Map<String, byte[]> unzip(ImportFile backup, ImportLimits limits, List<PartProblem> problems) {
        Map<String, byte[]> parts = new HashMap<>();
        long budget = limits.maxUnpackedBytes();
        try (ZipInputStream zip = new ZipInputStream(backup.open())) {
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
                                             List<PartProblem> problems, boolean required) {
        byte[] bytes = parts.get(part);
        if (bytes == null && !required) {
            return List.of();
        }
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
