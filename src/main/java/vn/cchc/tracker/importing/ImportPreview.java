package vn.cchc.tracker.importing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import vn.cchc.tracker.importing.ImportPlan.Creation;
import vn.cchc.tracker.importing.ImportPlan.Update;
import vn.cchc.tracker.tablefile.ProblemKind;
import vn.cchc.tracker.tablefile.TableProblem;

/**
 * What an import would do, row by row, before anything is written: every data row as NEW, CHANGED (old → new),
 * UNCHANGED or ERROR, plus problems of the file as a whole (encoding, header …), which leave no rows.
 * All-or-nothing: {@link #plan()} exists only when there is no problem at all.
 */
public record ImportPreview(
        String fileName, String fileSha256, String format, List<TableProblem> fileProblems, List<PreviewRow> rows) {

    public ImportPreview {
        fileProblems = List.copyOf(fileProblems);
        rows = List.copyOf(rows);
    }

    public boolean hasErrors() {
        return !fileProblems.isEmpty() || rows.stream().anyMatch(r -> r.status() == ImportRowStatus.ERROR);
    }

    public ImportCounts counts() {
        return new ImportCounts(
                count(ImportRowStatus.NEW),
                count(ImportRowStatus.CHANGED),
                count(ImportRowStatus.UNCHANGED),
                count(ImportRowStatus.ERROR));
    }

    /** Every problem, the file's first, then by row. */
    public List<TableProblem> problems() {
        List<TableProblem> all = new ArrayList<>(fileProblems);
        rows.stream().sorted(Comparator.comparingInt(PreviewRow::row)).forEach(r -> all.addAll(r.problems()));
        return all;
    }

    /**
     * The writes confirming would make.
     *
     * @throws IllegalStateException when the preview has any problem: a file with errors is never partly written
     */
    public ImportPlan plan() {
        if (hasErrors()) {
            throw new IllegalStateException("an import with problems has no plan");
        }
        List<Creation> creations = new ArrayList<>();
        List<Update> updates = new ArrayList<>();
        for (PreviewRow r : rows) {
            ValidatedRow in = r.incoming();
            switch (r.status()) {
                case NEW ->
                    creations.add(new Creation(
                            r.row(),
                            in.unit().id(),
                            in.unit().code(),
                            in.indicator().code(),
                            in.indicator().unitKind(),
                            in.year(),
                            in.valueNumber(),
                            in.valueLevel(),
                            in.source(),
                            in.note(),
                            in.provenance()));
                case CHANGED ->
                    updates.add(new Update(
                            r.row(),
                            r.existing().id(),
                            r.existing().version(),
                            in.unit().code(),
                            in.indicator().code(),
                            in.year(),
                            in.valueNumber(),
                            in.valueLevel(),
                            in.source(),
                            in.note(),
                            r.existing(),
                            in.provenance()));
                default -> {
                    // unchanged rows write nothing
                }
            }
        }
        return new ImportPlan(fileName, fileSha256, creations, updates, count(ImportRowStatus.UNCHANGED));
    }

    /**
     * What the user saw, in one value: the file and, for every row, its status and the stored result (id and
     * version) it was compared with. Confirming recomputes it; a different value means the stored results changed
     * since the preview, and the confirmation is refused as stale.
     */
    public String fingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((fileSha256 + "\n").getBytes(StandardCharsets.UTF_8));
            for (PreviewRow r : rows) {
                String line = r.row() + "|" + r.status() + "|"
                        + (r.existing() == null
                                ? "-"
                                : r.existing().id() + "@" + r.existing().version()) + "\n";
                digest.update(line.getBytes(StandardCharsets.UTF_8));
            }
            fileProblems.forEach(p -> digest.update((p.type() + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Whether any problem is of the given type (API answers choose their status by it). */
    public boolean hasProblem(ProblemKind type) {
        return problems().stream().anyMatch(p -> p.type() == type);
    }

    private int count(ImportRowStatus status) {
        return (int) rows.stream().filter(r -> r.status() == status).count();
    }
}
