package vn.cchc.tracker.tablefile;

/**
 * What can be wrong with a table file as such, whatever its rows mean: the file, its header row, a cell. Each has one
 * sentence in the message bundles under {@code import.problem.<name in lower camel case>}; its arguments are listed
 * beside it. What rows mean is the business of the feature reading them (its own {@link ProblemKind}s).
 */
public enum FileProblem implements ProblemKind {
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
    CELL_ERROR("import.problem.cellError");

    private final String messageKey;

    FileProblem(String messageKey) {
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
