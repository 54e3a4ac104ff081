package vn.cchc.tracker.tablefile;

import java.util.List;

/**
 * What reading a file gave: its non-blank lines (the first is the header), or the file-level problems that
 * stopped the reading. When {@link #problems()} is not empty, {@link #lines()} is.
 *
 * @param format "csv" or "xlsx" when recognised, otherwise ""
 */
public record TableReadResult(String format, List<RawLine> lines, List<TableProblem> problems) {

    public TableReadResult {
        lines = List.copyOf(lines);
        problems = List.copyOf(problems);
    }

    static TableReadResult failed(String format, TableProblem problem) {
        return new TableReadResult(format, List.of(), List.of(problem));
    }

    static TableReadResult failed(String format, FileProblem type, Object... args) {
        return failed(format, TableProblem.ofFile(type, args));
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
