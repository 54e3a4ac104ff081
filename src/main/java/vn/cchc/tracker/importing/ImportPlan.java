package vn.cchc.tracker.importing;

import java.math.BigDecimal;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;
import vn.cchc.tracker.indicator.UnitKind;
import vn.cchc.tracker.measurement.MeasurementSnapshot;
import vn.cchc.tracker.measurement.Provenance;

/**
 * What confirming an error-free preview writes — the contract between the preview and the write step.
 * <p>
 * The write step (built on the accounts branch's measurement write service) is expected to, in ONE transaction:
 * <ol>
 * <li>check the user may write every province in {@link #provinceCodes()} and that no (province, year) in the plan
 * is under an approval lock — refusing the whole plan otherwise;</li>
 * <li>insert every {@link Creation} (a unique-key violation means someone created the same result meanwhile:
 * refuse the whole plan as a conflict);</li>
 * <li>update every {@link Update} only if the stored row still has {@link Update#expectedVersion()} (optimistic
 * lock; a mismatch refuses the whole plan as a conflict, so nothing is overwritten unseen);</li>
 * <li>audit it as one import carrying {@link #fileName()}, {@link #fileSha256()} and the counts.</li>
 * </ol>
 * {@link #fileSha256()} lets a browser confirm step check it writes the very file that was previewed.
 */
public record ImportPlan(
        String fileName, String fileSha256, List<Creation> creations, List<Update> updates, int unchanged) {

    public ImportPlan {
        creations = List.copyOf(creations);
        updates = List.copyOf(updates);
    }

    /** A result to insert; {@code provinceId} is the unit that carried the code in the year (ProvinceUnits#inYear). */
    public record Creation(
            int row,
            long provinceId,
            String provinceCode,
            String indicatorCode,
            UnitKind unitKind,
            int year,
            BigDecimal valueNumber,
            String valueLevel,
            String source,
            String note,
            Provenance provenance) {}

    /** A result to change, with the values it had when previewed (for the audit's old → new). */
    public record Update(
            int row,
            long measurementId,
            long expectedVersion,
            String provinceCode,
            String indicatorCode,
            int year,
            BigDecimal valueNumber,
            String valueLevel,
            String source,
            String note,
            MeasurementSnapshot previous,
            Provenance provenance) {}

    /** GSO codes the plan writes to: what province scoping must allow. */
    public SortedSet<String> provinceCodes() {
        return new TreeSet<>(Stream.concat(
                        creations.stream().map(Creation::provinceCode),
                        updates.stream().map(Update::provinceCode))
                .toList());
    }

    /** Years the plan writes to: what approval locks are checked against. */
    public SortedSet<Integer> years() {
        return new TreeSet<>(Stream.concat(
                        creations.stream().map(Creation::year), updates.stream().map(Update::year))
                .toList());
    }

    /** Whether confirming would write nothing (every row unchanged). */
    public boolean isEmpty() {
        return creations.isEmpty() && updates.isEmpty();
    }

    public ImportCounts counts() {
        return new ImportCounts(creations.size(), updates.size(), unchanged, 0);
    }
}
