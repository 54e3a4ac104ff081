package vn.cchc.tracker.importing;

import vn.cchc.tracker.tablefile.ProblemKind;

/**
 * What can be wrong with a row of a yearly-results file, or with importing it: each has one sentence in the message
 * bundles under {@code import.problem.<name in lower camel case>}; its arguments are listed beside it. Problems of the
 * file itself are {@link vn.cchc.tracker.tablefile.FileProblem}s.
 */
public enum RowProblem implements ProblemKind {
    // rows
    PROVINCE_REQUIRED("import.problem.provinceRequired"),
    /** {0} the code. */
    PROVINCE_UNKNOWN("import.problem.provinceUnknown"),
    /** {0} code, {1} year, {2} the periods of the units under the code. */
    PROVINCE_NOT_IN_YEAR("import.problem.provinceNotInYear"),
    INDICATOR_REQUIRED("import.problem.indicatorRequired"),
    /** {0} the code. */
    INDICATOR_UNKNOWN("import.problem.indicatorUnknown"),
    YEAR_REQUIRED("import.problem.yearRequired"),
    /** {0} the text, {1} first year, {2} last year. */
    YEAR_INVALID("import.problem.yearInvalid"),
    VALUE_REQUIRED("import.problem.valueRequired"),
    /** {0} the text. */
    VALUE_NOT_A_NUMBER("import.problem.valueNotANumber"),
    /** {0} the text: more than 4 decimals or 10 integer digits (the database keeps numeric(14,4)). */
    VALUE_TOO_PRECISE("import.problem.valueTooPrecise"),
    /** {0} the value, {1} indicator code. */
    VALUE_NOT_WHOLE("import.problem.valueNotWhole"),
    /** {0} the value, {1} minimum, {2} maximum, {3} indicator code. */
    VALUE_OUT_OF_RANGE("import.problem.valueOutOfRange"),
    /** {0} the value, {1} minimum, {2} indicator code. */
    VALUE_BELOW_MINIMUM("import.problem.valueBelowMinimum"),
    /** {0} the text, {1} indicator code, {2} its levels. */
    VALUE_UNKNOWN_LEVEL("import.problem.valueUnknownLevel"),
    SOURCE_REQUIRED("import.problem.sourceRequired"),
    /** {0} the maximum length. */
    TEXT_TOO_LONG("import.problem.textTooLong"),
    /** {0} the text: not an address starting with http:// or https://, or longer than 1000 characters. */
    SOURCE_URL_INVALID("import.problem.sourceUrlInvalid"),
    /** {0} the text: not one of the words for yes or no. */
    COMPUTED_INVALID("import.problem.computedInvalid"),
    /** {0} the row that first named the same province, indicator and year. */
    DUPLICATE_ROW("import.problem.duplicateRow"),

    // the importing user and the import as a whole
    /** {0} the GSO code: the user may not write that province's data. */
    PROVINCE_NOT_ALLOWED("import.problem.provinceNotAllowed"),
    /** {0} the GSO code, {1} the year: the year's results are approved and read-only. */
    YEAR_APPROVED("import.problem.yearApproved"),
    /** The stored results changed between the preview and the confirmation; nothing was written. */
    IMPORT_STALE("import.problem.stale");

    private final String messageKey;

    RowProblem(String messageKey) {
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
