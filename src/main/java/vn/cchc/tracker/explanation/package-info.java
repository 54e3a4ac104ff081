/**
 * Explanation requests: a reviewer asks a province for an explanation of a target as judged in a year, the
 * province's editors reply; open and answered requests with their age.
 * <p>Events: {@code ExplanationRequested}, {@code ExplanationAnswered}.
 */
package vn.cchc.tracker.explanation;
