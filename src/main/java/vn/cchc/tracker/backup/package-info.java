/**
 * Full backup and restore: {@code /export/all.zip} (provinces, indicators, documents, targets, results, provisional
 * values, with a README) and {@code /admin/restore}, which reads such a zip back into an installation without documents, targets or
 * results, all or nothing, audited.
 * <p>Entry points: {@code FullDataExportService}, {@code FullDataRestoreService} (documents and targets checked by
 * their forms' rules, results by the import's, provisional values by their one writer); controllers in {@code web}.
 */
@ApplicationModule(
        allowedDependencies = {
            "account",
            "audit",
            "document",
            "exporting",
            "importing",
            "indicator",
            "measurement",
            "province",
            "support",
            "support::web",
            "tablefile",
            "target"
        })
package vn.cchc.tracker.backup;

import org.springframework.modulith.ApplicationModule;
