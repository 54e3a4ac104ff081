/**
 * How tests are written here. Every test class carries exactly one of five kinds ({@link TestKindsTest} checks it):
 * <ul>
 *   <li>{@link UnitTest} — plain Java, no Spring, no database: business rules, parsers, filters;</li>
 *   <li>{@link RepositoryTest} — a JPA slice on real PostgreSQL, rolled back;</li>
 *   <li>{@link ApplicationTest} — the whole application through MockMvc or its beans, on real PostgreSQL;</li>
 *   <li>{@link ServerTest} — the whole application on a random port, over real HTTP;</li>
 *   <li>{@link BrowserTest} — the whole application driven by Chromium under the strict Content-Security-Policy
 *       ({@code *BrowserIT}, run by failsafe).</li>
 * </ul>
 * PostgreSQL comes from {@link TestDatabase} (one throwaway database per run, shared by every test: a test that
 * writes removes what it wrote, or rolls back). Shipped rows a test names come from {@link ShippedData}; accounts
 * it acts as from {@link TestAccounts}.
 */
package vn.cchc.tracker.testing;
