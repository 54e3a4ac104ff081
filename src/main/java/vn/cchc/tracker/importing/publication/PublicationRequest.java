package vn.cchc.tracker.importing.publication;

import java.util.Objects;

/**
 * What the admin says about the file: which index and year it reports, and where it was published.
 *
 * @param publisher   who published it ("VCCI", "UNDP và CECODES", "Bộ Nội vụ"): the results' {@code source_publisher}
 * @param publication the publication's name ("Báo cáo PCI 2025"): the results' {@code source}
 * @param url         its address, or {@code null}: the results' {@code source_url}
 */
public record PublicationRequest(IndexFamily family, int year, String publisher, String publication, String url) {

    public PublicationRequest {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(publication, "publication");
        publisher = publisher.strip();
        publication = publication.strip();
        url = url == null || url.isBlank() ? null : url.strip();
    }
}
