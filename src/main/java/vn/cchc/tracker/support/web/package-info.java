/**
 * Web plumbing shared by every module's controllers: exception handlers for pages and the API, the page
 * cache, the database-outage answers, form errors, language links, the evaluation year as a controller argument
 * ({@code @EvaluationYear}) with the years a picker offers, and request strings trimmed to {@code null} when blank.
 */
@NamedInterface("web")
package vn.cchc.tracker.support.web;

import org.springframework.modulith.NamedInterface;
