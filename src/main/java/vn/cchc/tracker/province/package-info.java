/**
 * Administrative units: provinces and centrally-run cities by GSO code, their periods of validity, successors
 * and the units merged into them.
 * <p>Entry points: {@code ProvinceService}; {@code ProvinceUnits}, the one rule of which unit a code meant in a year
 * (plain Java); {@code GET /api/v1/provinces} in {@code web}.
 */
package vn.cchc.tracker.province;
