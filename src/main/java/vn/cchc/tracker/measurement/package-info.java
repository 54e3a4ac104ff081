/**
 * Yearly results: the one writer ({@code MeasurementWriteService}, its contract in its Javadoc), approval
 * and reopening of a province's year ({@code ApprovalService}) and the results grid.
 * <p>Pages {@code /results}, {@code /provinces/{code}/results/{year}} (with approve and reopen) and the history of one
 * result in {@code web}.
 */
package vn.cchc.tracker.measurement;
