package vn.cchc.tracker.tablefile;

/**
 * What an uploaded file may weigh: its size in bytes, how far a workbook may unpack (a guard against zip bombs
 * and out-of-memory parsing), and its number of data rows.
 */
public record UploadLimits(long maxBytes, long maxUnpackedBytes, int maxRows) {

    /** Workbooks compress XML about 5–10×; anything unpacking to more than this many times its limit is refused. */
    public static final int UNPACK_FACTOR = 20;

    public UploadLimits {
        if (maxBytes <= 0 || maxUnpackedBytes <= 0 || maxRows <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** “The file is larger than 5 MB”: the problem a file over {@link #maxBytes()} gets, wherever it is noticed. */
    public TableProblem tooLarge() {
        return TableProblem.ofFile(FileProblem.FILE_TOO_LARGE, Sizes.human(maxBytes));
    }

    public static UploadLimits of(long maxBytes, int maxRows) {
        return new UploadLimits(maxBytes, maxBytes * UNPACK_FACTOR, maxRows);
    }
}
