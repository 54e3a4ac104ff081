package vn.cchc.tracker.completeness;

import java.util.Comparator;

/** The orders of the board; ties keep the order by code. */
public enum BoardSort {
    CODE(Comparator.comparing(BoardRow::code)),
    NAME(Comparator.comparing(BoardRow::name, java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi")))),
    /** Least entered first. */
    ENTERED(Comparator.comparingInt((BoardRow r) -> r.counts().enteredPercent())),
    /** Most narratives missing first. */
    NARRATIVES(Comparator.comparingInt(BoardRow::narrativesMissing).reversed()),
    /** Overdue first, accepted last. */
    SUBMISSION(Comparator.comparing(BoardRow::submission).reversed());

    private final Comparator<BoardRow> comparator;

    BoardSort(Comparator<BoardRow> comparator) {
        this.comparator = comparator;
    }

    /** The column's {@code aria-sort} when the board is in this order. */
    public String ariaSort() {
        return switch (this) {
            case CODE, NAME, ENTERED -> "ascending";
            case NARRATIVES -> "descending";
            case SUBMISSION -> "other";
        };
    }

    public Comparator<BoardRow> comparator() {
        return comparator.thenComparing(BoardRow::code);
    }
}
