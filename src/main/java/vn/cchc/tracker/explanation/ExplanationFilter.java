package vn.cchc.tracker.explanation;

/** Which requests a list shows: one province or all, open or answered or both ({@code null} = no filter). */
public record ExplanationFilter(String provinceCode, ExplanationState state) {

    public static ExplanationFilter of(String provinceCode, String state) {
        String code = provinceCode == null || !provinceCode.strip().matches("[0-9]{2,3}") ? null : provinceCode.strip();
        return new ExplanationFilter(code, ExplanationState.parse(state));
    }
}
