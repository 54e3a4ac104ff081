package vn.cchc.tracker.dashboard;

import java.util.List;
import java.util.function.Function;
import vn.cchc.tracker.indicator.ComputedStandings;
import vn.cchc.tracker.indicator.NationalRanking;

/**
 * Where a unit stands on one headline index (PCI, PAPI, PAR Index, SIPAS) up to a year, as the overview shows it: the
 * newest of what is known, and in a year where several are known the most telling. Plain Java.
 * <ol>
 *   <li>its rank among every unit scored that year ("hạng 14/61"), when the year's national table of the score is
 *       complete enough ({@link NationalContext}: the comparison's ranking, the one rule), with a mark of its place;
 *   <li>else a stored (published) rank of that year ("hạng 41"), without N: the publisher's table is not here;
 *   <li>else the score itself ("81,21%").
 * </ol>
 *
 * @param pair     the score and its rank indicator
 * @param kind     which of the three it is, or {@link Kind#NONE} when nothing is known up to the year
 * @param year     the year it refers to, {@code null} for {@link Kind#NONE}
 * @param rank     the rank ({@link Kind#RANK_OF_N}, {@link Kind#RANK}), else {@code null}
 * @param scored   the N of {@link Kind#RANK_OF_N}, else 0
 * @param score    the unit's score that year, {@code null} when none is stored
 * @param scoreText the score as the reader writes it ("81,21%"), {@code null} without a score
 * @param computed whether the score shown was computed from published figures (its source says so)
 */
public record HeadlineStanding(
        ComputedStandings.Pair pair,
        Kind kind,
        Integer year,
        Integer rank,
        int scored,
        SeriesPoint score,
        String scoreText,
        boolean computed) {

    public enum Kind {
        RANK_OF_N,
        RANK,
        SCORE,
        NONE
    }

    /** Steps of the place mark, 0 (last) to {@link #PLACES} (first). */
    public static final int PLACES = 10;

    /**
     * @param national the score's national tables (only complete-enough years)
     * @param scores   the unit's scores, oldest first (only years it carried its code)
     * @param ranks    the unit's stored ranks, oldest first (only years it carried its code)
     * @param year     the last year to look at
     * @param text     a score as the reader writes it
     */
    static HeadlineStanding of(
            ComputedStandings.Pair pair,
            NationalContext national,
            List<SeriesPoint> scores,
            List<SeriesPoint> ranks,
            int year,
            Function<SeriesPoint, String> text) {
        SeriesPoint ranked = null;
        SeriesPoint latestScore = null;
        for (SeriesPoint p : scores) {
            if (p.year() > year || p.number() == null) {
                continue;
            }
            latestScore = p;
            if (national.in(p.year()) != null) {
                ranked = p;
            }
        }
        SeriesPoint stored = null;
        for (SeriesPoint p : ranks) {
            if (p.year() <= year && p.number() != null) {
                stored = p;
            }
        }
        int rankedYear = ranked == null ? Integer.MIN_VALUE : ranked.year();
        int storedYear = stored == null ? Integer.MIN_VALUE : stored.year();
        int scoreYear = latestScore == null ? Integer.MIN_VALUE : latestScore.year();
        if (ranked != null && rankedYear >= storedYear && rankedYear >= scoreYear) {
            NationalRanking table = national.in(rankedYear);
            return new HeadlineStanding(
                    pair,
                    Kind.RANK_OF_N,
                    rankedYear,
                    table.rankOf(ranked.number()).orElseThrow(),
                    table.scored(),
                    ranked,
                    text.apply(ranked),
                    ranked.computed());
        }
        if (stored != null && storedYear >= scoreYear) {
            SeriesPoint sameYear = latestScore != null && scoreYear == storedYear ? latestScore : null;
            return new HeadlineStanding(
                    pair,
                    Kind.RANK,
                    storedYear,
                    stored.number().intValue(),
                    0,
                    sameYear,
                    sameYear == null ? null : text.apply(sameYear),
                    sameYear != null && sameYear.computed());
        }
        if (latestScore != null) {
            return new HeadlineStanding(
                    pair, Kind.SCORE, scoreYear, null, 0, latestScore, text.apply(latestScore), latestScore.computed());
        }
        return new HeadlineStanding(pair, Kind.NONE, null, null, 0, null, null, false);
    }

    /** Whether anything is known up to the year. */
    public boolean known() {
        return kind != Kind.NONE;
    }

    /**
     * The place among the units scored, in {@link #PLACES} steps: {@code PLACES} for the first, 0 for the last (the
     * median at the middle); −1 without a rank of N.
     */
    public int place() {
        if (kind != Kind.RANK_OF_N) {
            return -1;
        }
        if (scored <= 1) {
            return PLACES;
        }
        return Math.round((float) PLACES * (scored - rank) / (scored - 1));
    }

    /** The sort key of "by this index": ranks of N first, best first; then stored ranks; then nothing known. */
    long sortKey() {
        return switch (kind) {
            case RANK_OF_N -> rank;
            case RANK -> 1_000L + rank;
            case SCORE, NONE -> Long.MAX_VALUE;
        };
    }
}
