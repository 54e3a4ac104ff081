package vn.cchc.tracker.indicator;

/** What an indicator's values are. */
public enum UnitKind {
    PERCENT("%"),
    SCORE(""),
    RANK(""),
    COUNT(""),
    GROUP("");

    private final String suffix;

    UnitKind(String suffix) {
        this.suffix = suffix;
    }

    /** What follows a value when it is written: "81,21%" but "12" for a rank. */
    public String getSuffix() {
        return suffix;
    }
}
