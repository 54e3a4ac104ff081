package vn.cchc.tracker.importing.publication;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.cchc.tracker.importing.ImportCounts;
import vn.cchc.tracker.importing.ImportRowStatus;
import vn.cchc.tracker.indicator.ValueRules;
import vn.cchc.tracker.measurement.MeasurementChange;
import vn.cchc.tracker.measurement.MeasurementKey;
import vn.cchc.tracker.measurement.MeasurementSnapshot;
import vn.cchc.tracker.measurement.Provenance;
import vn.cchc.tracker.tablefile.TableProblem;

/**
 * What importing a published table would do, before anything is written: every row with the unit it matched and
 * each of its values as NEW, CHANGED (old → new), UNCHANGED, or the row as ERROR with its problems. All or nothing:
 * {@link #changes()} exists only without any problem.
 * <p>The value is written with the publication as its source, its publisher and address; a stored note (the quote of
 * the value's publication) is kept only where the value and the publication stay the same.
 */
public record PublicationPreview(
        String fileName,
        String fileSha256,
        PublicationRequest request,
        PublicationTable.Checked table,
        List<Line> lines) {

    /** One value of a row: its indicator, as written, as read, what is stored now, and what confirming does. */
    public record Cell(
            String indicatorCode,
            String written,
            ValueRules.Value value,
            MeasurementSnapshot stored,
            String note,
            ImportRowStatus status) {}

    /** A row: ERROR with its problems, or its cells. */
    public record Line(PublicationRow row, ImportRowStatus status, List<Cell> cells) {}

    public PublicationPreview {
        lines = List.copyOf(lines);
    }

    static PublicationPreview of(
            String fileName,
            String fileSha256,
            PublicationRequest request,
            PublicationTable.Checked table,
            Map<MeasurementKey, MeasurementSnapshot> stored) {
        List<Line> lines = new ArrayList<>(table.rows().size());
        for (PublicationRow row : table.rows()) {
            if (!row.isValid()) {
                List<Cell> cells = row.written().entrySet().stream()
                        .map(e -> new Cell(
                                e.getKey(),
                                e.getValue(),
                                row.values().get(e.getKey()),
                                null,
                                null,
                                ImportRowStatus.ERROR))
                        .toList();
                lines.add(new Line(row, ImportRowStatus.ERROR, cells));
                continue;
            }
            List<Cell> cells = new ArrayList<>();
            for (Map.Entry<String, ValueRules.Value> e : row.values().entrySet()) {
                MeasurementSnapshot now = stored.get(key(row, e.getKey(), request));
                ValueRules.Value value = e.getValue();
                boolean sameValue = now != null && value.sameAs(now.number(), now.level());
                boolean samePublication = now != null && request.publication().equals(now.source());
                String note = sameValue && samePublication ? now.note() : null;
                ImportRowStatus status;
                if (now == null) {
                    status = ImportRowStatus.NEW;
                } else if (sameValue
                        && samePublication
                        && (request.url() == null
                                || request.url().equals(now.provenance().sourceUrl()))
                        && request.publisher().equals(now.provenance().sourcePublisher())
                        && !Boolean.TRUE.equals(now.provenance().computed())) {
                    status = ImportRowStatus.UNCHANGED;
                } else {
                    status = ImportRowStatus.CHANGED;
                }
                cells.add(new Cell(e.getKey(), row.written().get(e.getKey()), value, now, note, status));
            }
            lines.add(new Line(row, summary(cells), cells));
        }
        return new PublicationPreview(fileName, fileSha256, request, table, lines);
    }

    /** A row is CHANGED if any of its values is, UNCHANGED if all are, else NEW. */
    private static ImportRowStatus summary(List<Cell> cells) {
        if (cells.stream().anyMatch(c -> c.status() == ImportRowStatus.CHANGED)) {
            return ImportRowStatus.CHANGED;
        }
        return cells.stream().allMatch(c -> c.status() == ImportRowStatus.UNCHANGED)
                ? ImportRowStatus.UNCHANGED
                : ImportRowStatus.NEW;
    }

    static MeasurementKey key(PublicationRow row, String indicatorCode, PublicationRequest request) {
        return new MeasurementKey(row.unit().code(), indicatorCode, request.year());
    }

    public boolean hasErrors() {
        return !table.fileProblems().isEmpty() || lines.stream().anyMatch(l -> l.status() == ImportRowStatus.ERROR);
    }

    /** Every problem: the file's first, then by row. */
    public List<TableProblem> problems() {
        List<TableProblem> all = new ArrayList<>(table.fileProblems());
        lines.forEach(l -> all.addAll(l.row().problems()));
        return all;
    }

    /** Values created, changed and unchanged; errors counts the rows with problems. */
    public ImportCounts counts() {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int errors = 0;
        for (Line l : lines) {
            if (l.status() == ImportRowStatus.ERROR) {
                errors++;
                continue;
            }
            for (Cell c : l.cells()) {
                switch (c.status()) {
                    case NEW -> created++;
                    case CHANGED -> updated++;
                    case UNCHANGED -> unchanged++;
                    default -> {}
                }
            }
        }
        return new ImportCounts(created, updated, unchanged, errors);
    }

    /**
     * The writes confirming makes, each expecting the version previewed.
     *
     * @throws IllegalStateException when there is any problem: a table with errors is never partly written
     */
    public List<MeasurementChange> changes() {
        if (hasErrors()) {
            throw new IllegalStateException("a publication with problems has no writes");
        }
        List<MeasurementChange> changes = new ArrayList<>();
        for (Line l : lines) {
            for (Cell c : l.cells()) {
                if (c.status() == ImportRowStatus.UNCHANGED) {
                    continue;
                }
                changes.add(new MeasurementChange(
                        l.row().unit().code(),
                        c.indicatorCode(),
                        request.year(),
                        c.value().level() != null
                                ? c.value().level()
                                : c.value().number().toPlainString(),
                        request.publication(),
                        c.note(),
                        c.stored() == null ? null : c.stored().version(),
                        printed()));
            }
        }
        return changes;
    }

    /** The publication's address and publisher; its values are printed there, not computed. */
    private Provenance printed() {
        return new Provenance(request.url(), request.publisher(), false);
    }

    /** Changes when the file, the form or any stored value it touches changes: what a confirmation is checked by. */
    public String fingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((fileSha256 + "\n" + request + "\n").getBytes(StandardCharsets.UTF_8));
            for (Line l : lines) {
                for (Cell c : l.cells()) {
                    String line = l.row().row() + "|" + c.indicatorCode() + "|" + c.status() + "|"
                            + (c.stored() == null
                                    ? "-"
                                    : c.stored().id() + "@" + c.stored().version()) + "\n";
                    digest.update(line.getBytes(StandardCharsets.UTF_8));
                }
            }
            table.fileProblems()
                    .forEach(p -> digest.update((Objects.toString(p.type()) + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
