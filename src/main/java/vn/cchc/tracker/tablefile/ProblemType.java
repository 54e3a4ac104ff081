package vn.cchc.tracker.tablefile;

/**
 * Everything that can be wrong with an uploaded file, a header, a cell or a row. Each type has one sentence in the
 * message bundles under {@code import.problem.<name in lower camel case>}; its arguments are listed beside it.
 */
public enum ProblemType {
    // the file as a whole
    /** No bytes, or nothing but blanks. */
    FILE_EMPTY("import.problem.fileEmpty"),
    /** {0} the limit, e.g. “5 MB”. */
    FILE_TOO_LARGE("import.problem.fileTooLarge"),
    /** {0} the limit of data rows. */
    FILE_TOO_MANY_ROWS("import.problem.fileTooManyRows"),
    /** Only a header row. */
    FILE_NO_DATA_ROWS("import.problem.fileNoDataRows"),
    /** {0} the row (line) holding the first byte that is not UTF-8. */
    FILE_NOT_UTF8("import.problem.fileNotUtf8"),
    /** A UTF-16 byte order mark. */
    FILE_UTF16("import.problem.fileUtf16"),
    /** {0} row, {1} a sample of the garbled text: valid UTF-8 that was converted twice (“Äáº¯k”). */
    FILE_GARBLED_TEXT("import.problem.fileGarbledText"),
    /** Binary content that is neither CSV text nor an .xlsx workbook (PDF, image, .docx …). */
    FILE_UNSUPPORTED("import.problem.fileUnsupported"),
    /** An Excel 97–2003 .xls file, or an encrypted workbook (both are OLE2 containers). */
    FILE_LEGACY_EXCEL("import.problem.fileLegacyExcel"),
    /** A macro-enabled workbook (.xlsm, or a vbaProject part). */
    FILE_MACROS("import.problem.fileMacros"),
    /** A zip that POI cannot open as a workbook. */
    FILE_XLSX_UNREADABLE("import.problem.fileXlsxUnreadable"),
    /** {0} the limit: the workbook unpacks to more than that. */
    FILE_UNPACKED_TOO_LARGE("import.problem.fileUnpackedTooLarge"),
    /** {0} the row where the CSV structure breaks (an unclosed quote). */
    FILE_CSV_MALFORMED("import.problem.fileCsvMalformed"),

    // the header row
    /** {0} the column's name, {1} the expected names. */
    HEADER_UNKNOWN_COLUMN("import.problem.headerUnknownColumn"),
    /** {0} the missing column's name. */
    HEADER_MISSING_COLUMN("import.problem.headerMissingColumn"),
    /** {0} the repeated column's name. */
    HEADER_DUPLICATE_COLUMN("import.problem.headerDuplicateColumn"),
    /** {0} the 1-based position of a column that has values but no name. */
    HEADER_BLANK_COLUMN("import.problem.headerBlankColumn"),

    // cells
    /** An XLSX cell holding a formula: only typed values are read. */
    CELL_FORMULA("import.problem.cellFormula"),
    /** {0} Excel's error code, e.g. #DIV/0!. */
    CELL_ERROR("import.problem.cellError"),

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
    /** {0} the row that first named the same province, indicator and year. */
    DUPLICATE_ROW("import.problem.duplicateRow"),

    // the importing user
    /** {0} the GSO code: the user may not write that province's data. */
    PROVINCE_NOT_ALLOWED("import.problem.provinceNotAllowed"),
    /** {0} the GSO code, {1} the year: the year's results are approved and read-only. */
    YEAR_APPROVED("import.problem.yearApproved"),
    /** The stored results changed between the preview and the confirmation; nothing was written. */
    IMPORT_STALE("import.problem.stale"),

    // full-data restore
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

    ProblemType(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
