/**
 * Targets: what a document commits a province to — indicator, comparison, threshold, deadline, baseline and the
 * sentence as written — their rules, forms, API and history.
 * <p>Entry points: {@code TargetService} (reads), {@code TargetWriteService} (create, change, delete; audited); forms,
 * {@code /targets/{id}/history} and {@code GET /api/v1/provinces/{code}/targets} in {@code web}.
 */
package vn.cchc.tracker.target;
