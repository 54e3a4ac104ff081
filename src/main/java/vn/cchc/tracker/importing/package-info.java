/**
 * Importing yearly results from CSV or XLSX files: the column layout and templates, checking every row
 * against the catalogue, the preview (read side, {@code ImportPreviewService}: writes nothing) and the confirmed write
 * (write side, {@code ImportWriteService}: through {@code MeasurementWriteService}, one transaction).
 * <p>Pages {@code /import}, {@code /import/{token}}, templates {@code /import/template.csv|xlsx} and the API
 * {@code POST /api/v1/measurements/import} in {@code web}.
 */
@ApplicationModule(
        allowedDependencies = {
            "account",
            "audit",
            "indicator",
            "measurement",
            "province",
            "support",
            "support::web",
            "tablefile"
        })
package vn.cchc.tracker.importing;

import org.springframework.modulith.ApplicationModule;
