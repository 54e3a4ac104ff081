package vn.cchc.tracker.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Ranks and quartile groups computed from one year's national table of scores, where the publisher printed none:
 * rank = 1 + the number of units that scored higher (ties share a rank), out of the units scored; the PAPI group is
 * the quartile of the score among that year's scores, the quartiles interpolated linearly as spreadsheets' PERCENTILE.INC
 * does (≥ 75th percentile the highest group, 50th–75th high average, 25th–50th low average, below the lowest).
 * Plain Java; a computed value never replaces a published one (the caller's rule).
 */
public final class NationalRanking {

    /** PAPI's groups, lowest first, as the catalogue names them. */
    public static final List<String> PAPI_GROUPS =
            List.of("thấp nhất", "trung bình thấp", "trung bình cao", "cao nhất");

    /** Their English names, in the same order (as the catalogue's levels of {@code PAPI_GROUP}, V2). */
    public static final List<String> PAPI_GROUPS_EN = List.of("lowest", "low average", "high average", "highest");

    private final List<BigDecimal> ascending;

    /** @param scores the year's scores of every scored unit (higher is better) */
    public NationalRanking(Collection<BigDecimal> scores) {
        this.ascending = scores.stream().filter(Objects::nonNull).sorted().toList();
    }

    public static NationalRanking of(Map<String, BigDecimal> scoresByUnit) {
        return new NationalRanking(scoresByUnit.values());
    }

    /** How many units were scored: the N of "rank r of N". */
    public int scored() {
        return ascending.size();
    }

    /** The rank of a score among the year's scores (1 = best); empty when the table is empty. */
    public Optional<Integer> rankOf(BigDecimal score) {
        if (ascending.isEmpty()) {
            return Optional.empty();
        }
        long higher = ascending.stream().filter(s -> s.compareTo(score) > 0).count();
        return Optional.of((int) higher + 1);
    }

    /**
     * The p-th percentile (0 ≤ p ≤ 1) by linear interpolation between the closest ranks, as PERCENTILE.INC:
     * h = (n − 1)·p, value = x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋+1 − x⌊h⌋).
     */
    public Optional<BigDecimal> percentile(BigDecimal p) {
        if (ascending.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal h = p.multiply(BigDecimal.valueOf(ascending.size() - 1L));
        int lower = h.setScale(0, RoundingMode.FLOOR).intValueExact();
        BigDecimal base = ascending.get(lower);
        if (lower + 1 >= ascending.size()) {
            return Optional.of(base);
        }
        BigDecimal fraction = h.subtract(BigDecimal.valueOf(lower));
        return Optional.of(base.add(fraction.multiply(ascending.get(lower + 1).subtract(base))));
    }

    /** The best score (the highest). */
    public Optional<BigDecimal> best() {
        return ascending.isEmpty() ? Optional.empty() : Optional.of(ascending.get(ascending.size() - 1));
    }

    /** The worst score (the lowest). */
    public Optional<BigDecimal> worst() {
        return ascending.isEmpty() ? Optional.empty() : Optional.of(ascending.get(0));
    }

    /** The median of the year's scores. */
    public Optional<BigDecimal> median() {
        return percentile(new BigDecimal("0.5"));
    }

    /** The quartile group of a score (one of {@link #PAPI_GROUPS}); empty when the table is empty. */
    public Optional<String> groupOf(BigDecimal score) {
        if (ascending.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal q1 = percentile(new BigDecimal("0.25")).orElseThrow();
        BigDecimal q2 = percentile(new BigDecimal("0.5")).orElseThrow();
        BigDecimal q3 = percentile(new BigDecimal("0.75")).orElseThrow();
        if (score.compareTo(q3) >= 0) {
            return Optional.of(PAPI_GROUPS.get(3));
        }
        if (score.compareTo(q2) >= 0) {
            return Optional.of(PAPI_GROUPS.get(2));
        }
        if (score.compareTo(q1) >= 0) {
            return Optional.of(PAPI_GROUPS.get(1));
        }
        return Optional.of(PAPI_GROUPS.get(0));
    }
}
