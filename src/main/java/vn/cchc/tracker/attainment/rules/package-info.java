/**
 * The attainment rules, plain Java (no Spring, no JPA; checked by {@code ArchitectureTest}): the
 * judged value, progress, the least-squares projection to the deadline and the status of one target
 * ({@code AttainmentEvaluator}), the reasons behind it ({@code AttainmentExplanation}) and counts by status
 * ({@code StatusCounts}). Published to the other modules as the named interface {@code rules}.
 */
@NamedInterface("rules")
package vn.cchc.tracker.attainment.rules;

import org.springframework.modulith.NamedInterface;
