package vn.cchc.tracker.tablefile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import org.springframework.core.io.InputStreamSource;

/**
 * An uploaded file: its name as the user's computer called it, and its bytes. Built with
 * {@link #read(String, InputStream, long)} it never holds more than the limit plus one byte, and remembers that it
 * was cut short so the reader can say “too large” without reading a huge upload into memory.
 */
public final class UploadedFile {

    private final String name;
    private final byte[] content;
    private final boolean truncated;

    private UploadedFile(String name, byte[] content, boolean truncated) {
        this.name = name == null || name.isBlank() ? "" : name.strip();
        this.content = Objects.requireNonNull(content, "content");
        this.truncated = truncated;
    }

    public static UploadedFile of(String name, byte[] content) {
        return new UploadedFile(name, content.clone(), false);
    }

    /** Reads at most {@code maxBytes + 1} bytes; a longer stream gives a file that {@link #exceeds(long)} the limit. */
    public static UploadedFile read(String name, InputStream in, long maxBytes) {
        try {
            byte[] head = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            return new UploadedFile(name, head, head.length > maxBytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded file", e);
        }
    }

    /**
     * The file name without any folder part a browser may send, and without control characters (a NUL cannot be
     * stored; the name is only a label for the upload and its audit).
     */
    public String name() {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1).replaceAll("\\p{Cntrl}", "");
    }

    /**
     * Reads an upload (a multipart file is an {@link InputStreamSource}) the way {@link #read(String, InputStream, long)}
     * does.
     */
    public static UploadedFile read(String name, InputStreamSource source, long maxBytes) {
        try (InputStream in = source.getInputStream()) {
            return read(name, in, maxBytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded file", e);
        }
    }

    /** The bytes as a stream, without copying them. */
    public InputStream open() {
        return new ByteArrayInputStream(content);
    }

    public byte[] content() {
        return content.clone();
    }

    byte[] bytes() {
        return content;
    }

    public int size() {
        return content.length;
    }

    public boolean exceeds(long maxBytes) {
        return truncated || content.length > maxBytes;
    }

    /** Lower-case extension without the dot, or "". */
    public String extension() {
        String n = name();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** SHA-256 of the bytes in hex: lets a confirm step check it writes the file that was previewed. */
    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
