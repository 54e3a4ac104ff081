package vn.cchc.tracker.explanation;

/** Where a request stands: open until the province replies, then answered for good (a reply is not changed). */
public enum ExplanationState {
    OPEN,
    ANSWERED;

    public static ExplanationState of(String reply) {
        return reply == null ? OPEN : ANSWERED;
    }

    /** "OPEN" or "ANSWERED" (any case) as a filter; anything else is no filter. */
    public static ExplanationState parse(String text) {
        if (text == null) {
            return null;
        }
        for (ExplanationState s : values()) {
            if (s.name().equalsIgnoreCase(text.strip())) {
                return s;
            }
        }
        return null;
    }
}
