package vn.cchc.tracker.importing.publication;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import vn.cchc.tracker.support.EvaluationYears;
import vn.cchc.tracker.support.InvalidInputException;
import vn.cchc.tracker.support.Violation;

/**
 * What the admin says about the file: which index and year it reports, and where it was published.
 *
 * @param publisher   who published it ("VCCI", "UNDP và CECODES", "Bộ Nội vụ"): the results' {@code source_publisher}
 * @param publication the publication's name ("Báo cáo PCI 2025"): the results' {@code source}
 * @param url         its address, or {@code null}: the results' {@code source_url}
 */
public record PublicationRequest(IndexFamily family, int year, String publisher, String publication, String url) {

    /** Longest publisher the database keeps. */
    public static final int MAX_PUBLISHER = 200;
    /** Longest publication name or address the database keeps. */
    public static final int MAX_TEXT = 1000;

    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    /**
     * The request from a form's fields as typed, or every broken rule at once (field names {@code family},
     * {@code year}, {@code publisher}, {@code publication}, {@code url}): an index of {@link IndexFamily}, a year
     * {@value EvaluationYears#FIRST}–{@value EvaluationYears#LAST}, a publisher and a publication's name, and an
     * optional http(s) address.
     *
     * @throws InvalidInputException with the violations
     */
    public static PublicationRequest read(
            String family, String year, String publisher, String publication, String url) {
        List<Violation> violations = new ArrayList<>();
        IndexFamily index = IndexFamily.parse(family).orElse(null);
        if (index == null) {
            violations.add(Violation.of("family", "form.error.choice"));
        }
        String yearText = year == null ? "" : year.strip();
        boolean yearValid = YEAR.matcher(yearText).matches() && EvaluationYears.isValid(Integer.parseInt(yearText));
        if (!yearValid) {
            violations.add(Violation.of("year", "form.error.year", EvaluationYears.FIRST, EvaluationYears.LAST));
        }
        text("publisher", publisher, MAX_PUBLISHER, true, violations);
        text("publication", publication, MAX_TEXT, true, violations);
        text("url", url, MAX_TEXT, false, violations);
        if (url != null && !url.isBlank() && !URL.matcher(url.strip()).matches()) {
            violations.add(Violation.of("url", "publication.error.url"));
        }
        InvalidInputException.throwIfAny(violations);
        return new PublicationRequest(index, Integer.parseInt(yearText), publisher, publication, url);
    }

    private static void text(String field, String value, int max, boolean required, List<Violation> violations) {
        String v = value == null ? "" : value.strip();
        if (required && v.isEmpty()) {
            violations.add(Violation.of(field, "form.error.required"));
        } else if (v.length() > max) {
            violations.add(Violation.of(field, "form.error.tooLong", max));
        }
    }

    public PublicationRequest {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(publication, "publication");
        publisher = publisher.strip();
        publication = publication.strip();
        url = url == null || url.isBlank() ? null : url.strip();
    }
}
