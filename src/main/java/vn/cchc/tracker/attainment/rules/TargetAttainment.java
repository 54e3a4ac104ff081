package vn.cchc.tracker.attainment.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A target, its attainment in the evaluated year, and the parts a reader sees in their language: the threshold
 * in words, the judged value with its unit, progress as a percentage, and the one-sentence explanation.
 * The words are written the first time one of them is read: a page that only counts statuses (the national
 * overview: 20,000 targets) never pays for 80,000 sentences.
 */
public final class TargetAttainment {

    /** What a reader sees of one attainment, in one language. */
    public record Texts(String threshold, String judged, String progress, String explanation) {}

    private final TargetRow target;
    private final AttainmentResult result;
    private final List<TargetRow> goalTargets;
    private final String provisionalPeriod;
    private Supplier<Texts> writer;
    private Texts texts;

    /** An attainment with its words already written. */
    public TargetAttainment(
            TargetRow target,
            AttainmentResult result,
            String thresholdText,
            String judgedText,
            String progressText,
            String explanation) {
        this(target, result, () -> new Texts(thresholdText, judgedText, progressText, explanation));
    }

    /** A target that is a goal of its own. */
    public TargetAttainment(TargetRow target, AttainmentResult result, Supplier<Texts> writer) {
        this(target, result, List.of(target), writer);
    }

    /**
     * @param goalTargets every target that sets the same goal (rule 8: {@link TargetRow#goalKey()}), this one
     *                    included, in document order
     */
    public TargetAttainment(
            TargetRow target, AttainmentResult result, List<TargetRow> goalTargets, Supplier<Texts> writer) {
        this(target, result, goalTargets, null, writer);
    }

    /**
     * @param provisionalPeriod the period ({@code Q1}, {@code H1}, {@code M9}) whose provisional value is the judged
     *                          one, standing in for a yearly result not there yet; {@code null} for a yearly result
     */
    public TargetAttainment(
            TargetRow target,
            AttainmentResult result,
            List<TargetRow> goalTargets,
            String provisionalPeriod,
            Supplier<Texts> writer) {
        this.provisionalPeriod = provisionalPeriod;
        this.target = Objects.requireNonNull(target, "target");
        this.result = Objects.requireNonNull(result, "result");
        this.goalTargets = List.copyOf(goalTargets);
        if (!this.goalTargets.contains(target)) {
            throw new IllegalArgumentException("the goal's targets must include the target " + target.targetId());
        }
        this.writer = Objects.requireNonNull(writer, "writer");
    }

    /** The goal this target sets: the lowest id among the targets that set it. */
    public long goalId() {
        return goalTargets.stream().mapToLong(TargetRow::targetId).min().orElseThrow();
    }

    /** Every target that sets this goal (documents restating it, or another sentence of one), in document order. */
    public List<TargetRow> goalTargets() {
        return goalTargets;
    }

    /** The other targets that set this goal, in document order. */
    public List<TargetRow> otherGoalTargets() {
        return goalTargets.stream()
                .filter(t -> t.targetId() != target.targetId())
                .toList();
    }

    /** The numbers of the documents that set this goal, each once, in document order, e.g. "20-NQ/TU; BC-BCĐ 2024". */
    public String documentNumbers() {
        return goalTargets.stream().map(TargetRow::documentNumber).distinct().collect(Collectors.joining("; "));
    }

    /** Whether a document sets this goal. */
    public boolean setByDocument(long documentId) {
        return goalTargets.stream().anyMatch(t -> t.documentId() == documentId);
    }

    /**
     * Whether this target stands for its goal where goals are counted or listed once: the goal's first target. The
     * others have the same inputs, so the same result.
     */
    public boolean representsGoal() {
        return goalId() == target.targetId();
    }

    /** One attainment per goal, in the given order: where goals are counted, listed or exported once. */
    public static List<TargetAttainment> goalsOnce(List<TargetAttainment> attainments) {
        return attainments.stream().filter(TargetAttainment::representsGoal).toList();
    }

    public TargetRow target() {
        return target;
    }

    public AttainmentResult result() {
        return result;
    }

    /** Whether the judged value is a provisional one (recorded at a period), not the year's result. */
    public boolean provisional() {
        return provisionalPeriod != null;
    }

    /** The period of a provisional judged value ({@code Q1}, {@code H1}, {@code M9}), or {@code null}. */
    public String provisionalPeriod() {
        return provisionalPeriod;
    }

    public AttainmentStatus status() {
        return result.status();
    }

    /** The threshold in words, e.g. "≥ 90%". */
    public String thresholdText() {
        return texts().threshold();
    }

    /** The judged value with its unit or level, or {@code null} without one. */
    public String judgedText() {
        return texts().judged();
    }

    /** Progress so far in words, e.g. "11% of the way so far", or {@code null}. */
    public String progressText() {
        return texts().progress();
    }

    /** The one-sentence explanation of the status. */
    public String explanation() {
        return texts().explanation();
    }

    /** Progress as a bar width in percent, capped to 0–100; the uncapped value stays in {@link #result()}. */
    public int progressBarPercent() {
        BigDecimal progress = result.progress();
        if (progress == null) {
            return 0;
        }
        int percent = progress.movePointRight(2).intValue();
        return Math.max(0, Math.min(100, percent));
    }

    // one request's objects, read by one thread: written once, then kept
    private Texts texts() {
        if (texts == null) {
            texts = writer.get();
            writer = null;
        }
        return texts;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TargetAttainment that
                && target.equals(that.target)
                && result.equals(that.result)
                && Objects.equals(provisionalPeriod, that.provisionalPeriod)
                && texts().equals(that.texts());
    }

    @Override
    public int hashCode() {
        return Objects.hash(target, result);
    }

    @Override
    public String toString() {
        return "TargetAttainment[" + target.targetId() + " " + result.status() + "]";
    }
}
