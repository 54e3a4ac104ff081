/**
 * Shared plumbing with no feature knowledge: errors that become 400/404/409 answers, languages, number and
 * date formats, evaluation years, the data version. Its {@code web} package (published as the named interface
 * {@code web}) holds the exception handlers, the page cache, the database-outage answers and small helpers for
 * controllers and forms.
 */
package vn.cchc.tracker.support;
