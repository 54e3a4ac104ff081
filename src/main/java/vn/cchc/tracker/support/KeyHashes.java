package vn.cchc.tracker.support;

/**
 * Hash codes for keys made of codes. A record's default hash (31 × a + b) collides badly for numbered codes
 * ("101".."163" × "SYN_001".."SYN_150" × years): on the national data set single hash buckets held dozens of keys.
 * Multiplying by a large odd constant before mixing in the next part keeps the parts from cancelling out.
 */
public final class KeyHashes {

    private static final int SPREAD = 0x9E3779B1; // 2^32 / golden ratio, odd

    private KeyHashes() {}

    public static int of(String first, String second) {
        return first.hashCode() * SPREAD ^ second.hashCode();
    }

    public static int of(String first, String second, int third) {
        return of(first, second) * SPREAD ^ third;
    }
}
