package vn.cchc.tracker.tablefile;

/** Byte counts for people: 5 MB, 512 KB, 900 B (binary units, rounded up so a limit is never understated). */
public final class Sizes {

    private static final long KB = 1024;
    private static final long MB = KB * 1024;

    private Sizes() {}

    public static String human(long bytes) {
        if (bytes >= MB) {
            return ceilDiv(bytes, MB) + " MB";
        }
        if (bytes >= KB) {
            return ceilDiv(bytes, KB) + " KB";
        }
        return bytes + " B";
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
