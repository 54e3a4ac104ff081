package vn.cchc.tracker.tablefile;

/**
 * What an uploaded file may weigh: its size in bytes, how far a workbook may unpack (a guard against zip bombs
 * and out-of-memory parsing), and its number of data rows.
 */
public record ImportLimits(long maxBytes, long maxUnpackedBytes, int maxRows) {

    /** Workbooks compress XML about 5–10×; anything unpacking to more than this many times its limit is refused. */
    public static final int UNPACK_FACTOR = 20;

    public ImportLimits {
        if (maxBytes <= 0 || maxUnpackedBytes <= 0 || maxRows <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** “The file is larger than 5 MB”: the problem a file over {@link #maxBytes()} gets, wherever it is noticed. */
    public ImportProblem tooLarge() {
        return ImportProblem.ofFile(FileProblem.FILE_TOO_LARGE, Sizes.human(maxBytes));
    }

    public static ImportLimits of(long maxBytes, int maxRows) {
        return new ImportLimits(maxBytes, maxBytes * UNPACK_FACTOR, maxRows);
    }
}
