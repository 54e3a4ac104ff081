package vn.cchc.tracker.tablefile;

/**
 * A problem as users and API clients read it — the {@code {row, column, message}} of the import API's 422 answer.
 *
 * @param row    1-based row as a spreadsheet shows it, {@code null} for the whole file
 * @param column the column's header name, {@code null} for the whole row or file
 */
public record TableProblemView(Integer row, String column, String message) {}
