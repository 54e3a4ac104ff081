package vn.cchc.tracker.tablefile;

/**
 * A cell as read from a file: its text, or why it could not be taken (a formula, an Excel error value).
 *
 * @param text       the cell's value as text ("" when blank or unusable)
 * @param problem    why the cell is unusable, or {@code null}
 * @param problemArg the problem's argument (Excel's error code), or {@code null}
 */
public record RawCell(String text, FileProblem problem, String problemArg) {

    public RawCell {
        text = text == null ? "" : text;
    }

    public static RawCell of(String text) {
        return new RawCell(text, null, null);
    }

    public static RawCell unusable(FileProblem problem, String arg) {
        return new RawCell("", problem, arg);
    }

    /** Whether the cell holds nothing at all: no text, no formula, no error. */
    public boolean isBlank() {
        return problem == null && text.isBlank();
    }
}
