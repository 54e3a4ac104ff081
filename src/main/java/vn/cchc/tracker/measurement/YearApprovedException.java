package vn.cchc.tracker.measurement;

/** The province-year is approved, so its values are read-only until an admin reopens it. Nothing was written. */
public class YearApprovedException extends RuntimeException {

    private final String provinceCode;
    private final int year;

    public YearApprovedException(String provinceCode, int year) {
        super("the results of " + provinceCode + " for " + year + " are approved");
        this.provinceCode = provinceCode;
        this.year = year;
    }

    public String provinceCode() {
        return provinceCode;
    }

    public int year() {
        return year;
    }
}
