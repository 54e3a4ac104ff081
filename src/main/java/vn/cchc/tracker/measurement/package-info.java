/**
 * Yearly results: the one writer ({@code MeasurementWriteService}, its contract in its Javadoc), approval
 * and reopening of a province's year ({@code ApprovalService}), the results grid, and where results come from
 * ({@code SourceService}: every source by publisher; {@code Provenance}: a result's source address, publisher and
 * computed mark as a writer gives them).
 * <p>Pages {@code /results}, {@code /provinces/{code}/results/{year}} (with approve and reopen) and the history of one
 * result, and the provenance page {@code /sources}, in {@code web}.
 */
package vn.cchc.tracker.measurement;
