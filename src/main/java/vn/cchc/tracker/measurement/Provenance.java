package vn.cchc.tracker.measurement;

import java.util.regex.Pattern;

/**
 * Where a published value can be read and whether it was computed rather than printed (columns {@code source_url},
 * {@code source_publisher}, {@code computed} of a result): what a results file or a full-data backup may say beside a
 * value. Each part is {@code null} when the writer does not say: an insert then stores no address and "not computed",
 * an update keeps what is stored (and the database drops a kept address when the source text changes, and the computed
 * mark when the value changes).
 */
public record Provenance(String sourceUrl, String sourcePublisher, Boolean computed) {

    /** Nothing said. */
    public static final Provenance NONE = new Provenance(null, null, null);

    /** What the database accepts as an address (its check on {@code measurement.source_url}). */
    public static final Pattern URL = Pattern.compile("https?://\\S+");

    public static final int MAX_URL = 1000;
    public static final int MAX_PUBLISHER = 200;

    public Provenance {
        sourceUrl = strip(sourceUrl);
        sourcePublisher = strip(sourcePublisher);
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
