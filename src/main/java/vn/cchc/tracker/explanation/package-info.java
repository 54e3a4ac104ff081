/**
 * Explanation requests: a reviewer asks a province for an explanation of a target as judged in a year, the
 * province's editors reply; open and answered requests with their age.
 * <p>Entry points: {@code ExplanationService} (ask, reply, lists; audited), the plain-Java rules
 * {@code ExplanationRules}, {@code ExplanationAge} and {@code ExplanationState}; pages {@code /explanations},
 * {@code /explanations/{id}} and the reviewers' form {@code POST /targets/{id}/explanations} in {@code web}. The
 * dashboard's target page and the editors' start page show the requests.
 * <p>Events: {@code ExplanationRequested}, {@code ExplanationAnswered}.
 */
@ApplicationModule(allowedDependencies = {"account", "audit", "support", "support::web"})
package vn.cchc.tracker.explanation;

import org.springframework.modulith.ApplicationModule;
