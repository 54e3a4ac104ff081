/**
 * Where each target stands in a year: loads targets and yearly values (a year without a yearly result judged on its
 * latest provisional value, {@code rules.ProvisionalValues}), runs the plain-Java rules of
 * {@code attainment.rules} and writes the one-sentence explanations and the "how this was computed" lines
 * ({@code CalculationText}); groups the targets that set one goal; finds the goals of units that ended into a
 * successor ({@code AttainmentService.predecessorGoals}). Settings: {@code cchc.attainment.*}
 * ({@code AttainmentProperties}).
 * <p>Entry points: {@code AttainmentService} (evaluate a province, a document or everything; keeps the inputs until the
 * data version moves, then reads again what the write touched: after a write of values, only the written units'
 * values, {@code JudgedValues}); {@code GET /api/v1/attainment} in {@code web}.
 */
package vn.cchc.tracker.attainment;
