/**
 * The reporting cycle of a province (Công văn 581/BNV-CCHC): the periods of a year with their data windows and due
 * dates, the province's submission of a period and its review, and the rule saying which targets need a narrative.
 * <p>Entry points: {@code PeriodKind} (the default calendar), {@code NarrativeRule}; events {@code PeriodReturned}.
 */
package vn.cchc.tracker.reporting;
