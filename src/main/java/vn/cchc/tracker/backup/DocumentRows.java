package vn.cchc.tracker.backup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.cchc.tracker.backup.RestoreException.PartProblem;
import vn.cchc.tracker.document.DocumentInput;
import vn.cchc.tracker.document.DocumentParameters;
import vn.cchc.tracker.document.DocumentRules;
import vn.cchc.tracker.indicator.IndicatorCatalogue;
import vn.cchc.tracker.province.ProvinceUnit;
import vn.cchc.tracker.province.ProvinceUnits;
import vn.cchc.tracker.tablefile.TableRecord;
import vn.cchc.tracker.target.TargetInput;
import vn.cchc.tracker.target.TargetParameters;
import vn.cchc.tracker.target.TargetRules;

/**
 * The documents and targets of a backup, checked by the rules their forms check ({@link DocumentRules},
 * {@link TargetRules}) and reported in the forms' words on the backup's columns; what only a backup has — the unit a
 * document belongs to, the document a target belongs to — is checked here. Plain Java.
 */
final class DocumentRows {

    private DocumentRows() {}

    /** A document to create on its unit; its parameters are {@code null} when a form rule refused it. */
    record NewDocument(ProvinceUnit unit, DocumentParameters parameters) {}

    /** A target to create in its document. */
    record NewTarget(NewDocument document, TargetParameters parameters) {}

    /** The backup's documents by {@link #key}, in the file's order. */
    static Map<String, NewDocument> documents(List<TableRecord> rows, ProvinceUnits units, List<PartProblem> problems) {
        Map<String, NewDocument> documents = new LinkedHashMap<>();
        for (TableRecord r : rows) {
            BackupFields f = new BackupFields(FullDataLayout.DOCUMENTS, r, problems);
            String code = f.required("province_code");
            LocalDate from = f.date("province_valid_from", false);
            DocumentRules.Outcome checked = DocumentRules.check(new DocumentInput(
                    f.text("number"),
                    f.text("kind"),
                    f.text("issuing_body"),
                    f.text("issue_date"),
                    f.text("title"),
                    f.text("period_from"),
                    f.text("period_to"),
                    f.text("source")));
            checked.violations().forEach(f::problem);
            String number = f.optional("number");
            if (code == null || (from == null && f.optional("province_valid_from") != null)) {
                continue;
            }
            ProvinceUnit unit = units.find(code, from).orElse(null);
            if (unit == null) {
                f.problem("province_code", RestoreProblem.PROVINCE_UNIT_UNKNOWN, code, from);
            } else if (number != null
                    && documents.putIfAbsent(key(code, from, number), new NewDocument(unit, checked.parameters()))
                            != null) {
                // known even when a form rule refused it, so its targets are not reported as orphans too
                f.problem("number", RestoreProblem.DOCUMENT_DUPLICATE, code, number);
            }
        }
        return documents;
    }

    static List<NewTarget> targets(
            List<TableRecord> rows,
            Map<String, NewDocument> documents,
            IndicatorCatalogue indicators,
            List<PartProblem> problems) {
        List<NewTarget> targets = new ArrayList<>();
        for (TableRecord r : rows) {
            BackupFields f = new BackupFields(FullDataLayout.TARGETS, r, problems);
            String code = f.required("province_code");
            LocalDate from = f.date("province_valid_from", false);
            String number = f.required("document_number");
            NewDocument document = null;
            if (code != null && (from != null || f.optional("province_valid_from") == null) && number != null) {
                document = documents.get(key(code, from, number));
                if (document == null) {
                    f.problem("document_number", RestoreProblem.DOCUMENT_UNKNOWN, code, number);
                }
            }
            TargetRules.Outcome checked = TargetRules.check(
                    new TargetInput(
                            f.text("indicator_code"),
                            f.text("comparison"),
                            f.text("threshold_value"),
                            f.text("threshold_level"),
                            f.text("deadline_year"),
                            f.text("baseline_year"),
                            f.text("baseline_value"),
                            f.text("scope_note"),
                            f.text("sentence"),
                            f.text("source"),
                            f.text("position")),
                    indicators::values);
            checked.violations().forEach(f::problem);
            if (document != null && checked.parameters() != null) {
                targets.add(new NewTarget(document, checked.parameters()));
            }
        }
        return targets;
    }

    /** A document is its unit (code and start) and its number. */
    private static String key(String code, LocalDate validFrom, String number) {
        return code + "|" + validFrom + "|" + number;
    }
}
