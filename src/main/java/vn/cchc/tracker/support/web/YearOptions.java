package vn.cchc.tracker.support.web;

import java.util.List;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;
import vn.cchc.tracker.support.EvaluationYears;

/**
 * The years offered by year pickers: the shipped documents span 2019–2030, users look a few years around now.
 * Templates ask for them ({@code ${@yearOptions.around(year)}}), so controllers hand over only the chosen year.
 */
@Component("yearOptions")
public class YearOptions {

    private static final int FIRST_OFFERED = 2015;
    private static final int LAST_OFFERED_AT_LEAST = 2030;

    private final EvaluationYears years;

    YearOptions(EvaluationYears years) {
        this.years = years;
    }

    public List<Integer> around(int selectedYear) {
        int first = Math.min(FIRST_OFFERED, selectedYear);
        int last = Math.max(Math.max(LAST_OFFERED_AT_LEAST, years.current() + 5), selectedYear);
        return IntStream.rangeClosed(first, last).boxed().toList();
    }
}
