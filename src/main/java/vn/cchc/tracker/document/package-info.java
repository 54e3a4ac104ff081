/**
 * Documents — resolutions, action programmes, decisions, plans — of a province: their rules, their forms and
 * their history.
 * <p>Entry points: {@code DocumentService} (reads), {@code DocumentWriteService} (create, change, delete; audited);
 * forms {@code /provinces/{code}/documents/new}, {@code /documents/{id}/edit} and {@code /documents/{id}/history} in
 * {@code web}. The document page with its targets' attainment is a dashboard page.
 */
package vn.cchc.tracker.document;
