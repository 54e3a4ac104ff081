/**
 * Yearly results: the one writer ({@code MeasurementWriteService}, its contract in its Javadoc), approval
 * and reopening of a province's year ({@code ApprovalService}), the results grid, and where results come from
 * ({@code SourceService}: every source by publisher; {@code Provenance}: a result's source address, publisher and
 * computed mark as a writer gives them); provisional values, recorded at a period of the year until the yearly result
 * replaces them (the one writer {@code ProvisionalWriteService}, its contract in its Javadoc; issue 16).
 * <p>Pages {@code /results}, {@code /provinces/{code}/results/{year}} (with approve and reopen) and the history of one
 * result, the provisional values of a period {@code /provinces/{code}/provisional/{year}/{period}}, and the provenance
 * page {@code /sources}, in {@code web}.
 */
package vn.cchc.tracker.measurement;
