package vn.cchc.tracker.backup;

import vn.cchc.tracker.tablefile.ProblemKind;

/**
 * What can be wrong with a backup being restored, beyond its files' own problems
 * ({@link vn.cchc.tracker.tablefile.FileProblem}), its results' ({@link vn.cchc.tracker.importing.RowProblem}) and its
 * documents' and targets' form rules ({@link FormRule}): each has one sentence in the message bundles under
 * {@code import.problem.<name in lower camel case>}; its arguments are listed beside it.
 */
public enum RestoreProblem implements ProblemKind {
    /** {0} the missing part, e.g. targets.csv. */
    RESTORE_PART_MISSING("import.problem.restorePartMissing"),
    /** The database already holds documents, targets or measurements. */
    RESTORE_NOT_EMPTY("import.problem.restoreNotEmpty"),
    /** A required field is blank. */
    FIELD_REQUIRED("import.problem.fieldRequired"),
    /** {0} the text. */
    FIELD_INVALID("import.problem.fieldInvalid"),
    /** {0} code, {1} valid-from date: no such administrative unit. */
    PROVINCE_UNIT_UNKNOWN("import.problem.provinceUnitUnknown"),
    /** {0} province code, {1} document number. */
    DOCUMENT_UNKNOWN("import.problem.documentUnknown"),
    /** {0} province code, {1} document number. */
    DOCUMENT_DUPLICATE("import.problem.documentDuplicate"),
    /** {0} what the database said, shortened. */
    RESTORE_REJECTED("import.problem.restoreRejected"),
    /** {0} the code, {1} what the installation has, {2} what the backup says: an existing indicator differs. */
    INDICATOR_DIFFERS("import.problem.indicatorDiffers"),
    /** {0} the reform area code. */
    REFORM_AREA_UNKNOWN("import.problem.reformAreaUnknown"),
    /** {0} the code, {1} the valid-from date: an existing unit differs from the backup's. */
    PROVINCE_UNIT_DIFFERS("import.problem.provinceUnitDiffers");

    private final String messageKey;

    RestoreProblem(String messageKey) {
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
