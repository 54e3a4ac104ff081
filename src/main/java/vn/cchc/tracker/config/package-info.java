/**
 * Application-wide configuration: security (URL rules, login, CSRF, Content-Security-Policy), web MVC, the
 * clock, OpenAPI, the switchable shipped data and SQL diagnostics.
 */
package vn.cchc.tracker.config;
