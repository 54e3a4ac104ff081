package vn.cchc.tracker.backup;

import java.util.List;
import vn.cchc.tracker.tablefile.TableProblem;

/** A full-data restore was refused; nothing was written. Each problem names the part (file in the zip) it is in. */
public class RestoreException extends RuntimeException {

    /** A problem in one part of the backup, e.g. row 5 of targets.csv. */
    public record PartProblem(String part, TableProblem problem) {}

    private final transient List<PartProblem> problems;

    public RestoreException(List<PartProblem> problems) {
        super(problems.size() + " problem(s), first: " + (problems.isEmpty() ? "-" : describe(problems.get(0))));
        this.problems = List.copyOf(problems);
    }

    public List<PartProblem> problems() {
        return problems;
    }

    private static String describe(PartProblem p) {
        return p.part() + " row " + p.problem().row() + " " + p.problem().column() + " "
                + p.problem().type() + " " + p.problem().args();
    }
}
