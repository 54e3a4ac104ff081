package vn.cchc.tracker.support.web;

import java.time.Instant;

/** The JSON body of every API error. {@code parameter} names the offending request parameter, if any. */
public record ApiError(int status, String error, String message, String path, String parameter, Instant timestamp) {
}
