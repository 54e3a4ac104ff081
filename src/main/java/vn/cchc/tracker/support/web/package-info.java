/**
 * Web plumbing shared by every module's controllers: exception handlers for pages and the API, the page
 * cache, the database-outage answers, form errors, language links and year options.
 */
@NamedInterface("web")
package vn.cchc.tracker.support.web;

import org.springframework.modulith.NamedInterface;
