package vn.cchc.tracker.importing.publication;

import java.util.Optional;

/** A national index a publication reports, and the catalogue's indicators for its score, rank and group. */
public enum IndexFamily {
    PCI("PCI_SCORE", "PCI_RANK", "PCI_GROUP"),
    PAPI("PAPI_SCORE", "PAPI_RANK", "PAPI_GROUP"),
    PAR_INDEX("PAR_INDEX_SCORE", "PAR_INDEX_RANK", null),
    SIPAS("SIPAS", "SIPAS_RANK", null);

    private final String score;
    private final String rank;
    private final String group;

    IndexFamily(String score, String rank, String group) {
        this.score = score;
        this.rank = rank;
        this.group = group;
    }

    /** The indicator a value column holds for this index; empty for a group of an index that publishes none. */
    public Optional<String> indicatorOf(PublicationColumn column) {
        return Optional.ofNullable(
                switch (column) {
                    case SCORE -> score;
                    case RANK -> rank;
                    case GROUP -> group;
                    case PROVINCE, CODE -> null;
                });
    }

    /** The family by its name as a form sends it, ignoring case; empty for anything else. */
    public static Optional<IndexFamily> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (IndexFamily f : values()) {
            if (f.name().equalsIgnoreCase(text.strip())) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
