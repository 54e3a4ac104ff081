package vn.cchc.tracker.importing;

/** How many rows an import creates, updates, leaves unchanged, and how many have problems. */
public record ImportCounts(int created, int updated, int unchanged, int errors) {

    public int total() {
        return created + updated + unchanged + errors;
    }
}
