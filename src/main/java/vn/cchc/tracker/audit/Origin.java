package vn.cchc.tracker.audit;

import java.util.Objects;

/** How a change came in, kept on every audit row: a form in the browser, or an import of a named file. */
public record Origin(String text) {

    public static final Origin WEB = new Origin("web");
    private static final int MAX = 300;

    public Origin {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("an origin needs a text");
        }
        text = text.length() > MAX ? text.substring(0, MAX) : text;
    }

    /** A change made by importing a file; every row of one import carries the same origin. */
    public static Origin importOf(String fileName) {
        return new Origin("import: " + (fileName == null || fileName.isBlank() ? "?" : fileName.strip()));
    }
}
