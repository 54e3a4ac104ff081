package vn.cchc.tracker.reporting.web;

import java.time.format.DateTimeFormatter;
import vn.cchc.tracker.reporting.PeriodDates;
import vn.cchc.tracker.reporting.ReportingPeriod;

/** The dates of a period as typed (dd/MM/yyyy), checked by {@link PeriodDates}. */
public class PeriodForm {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private String windowFrom;
    private String windowTo;
    private String dueDate;
    private long version;

    static PeriodForm of(ReportingPeriod p) {
        PeriodForm f = new PeriodForm();
        f.windowFrom = DAY.format(p.windowFrom());
        f.windowTo = DAY.format(p.windowTo());
        f.dueDate = DAY.format(p.dueDate());
        f.version = p.version();
        return f;
    }

    PeriodDates toDates() {
        return PeriodDates.parse(windowFrom, windowTo, dueDate);
    }

    public String getWindowFrom() {
        return windowFrom;
    }

    public void setWindowFrom(String windowFrom) {
        this.windowFrom = windowFrom;
    }

    public String getWindowTo() {
        return windowTo;
    }

    public void setWindowTo(String windowTo) {
        this.windowTo = windowTo;
    }

    public String getDueDate() {
        return dueDate;
    }

    public void setDueDate(String dueDate) {
        this.dueDate = dueDate;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
