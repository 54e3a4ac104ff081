package vn.cchc.tracker.indicator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import vn.cchc.tracker.indicator.ValueRules.Refusal;

/**
 * One table of written values and their verdicts, which the results grid, the import and the restore must all give:
 * {@link ValueRulesTest} runs it through the grammar, {@code MeasurementRowValidatorTest} through the import's and the
 * grid's words, {@code ValueGrammarPathsTest} through the three paths on PostgreSQL. The indicators are the shipped
 * catalogue's.
 */
public final class ValueGrammarCases {

    /** A value as written for an indicator: stored as {@code stored} (a number or a level), or refused. */
    public record Case(String indicator, String written, String stored, Refusal refusal) {

        public boolean accepted() {
            return refusal == null;
        }

        @Override
        public String toString() {
            return indicator + " “" + written + "” → " + (accepted() ? stored : refusal);
        }
    }

    /** The shipped catalogue's specs of the indicators in {@link #CASES}. */
    public static final Map<String, ValueSpec> SPECS = Map.of(
            "SIPAS", new ValueSpec(UnitKind.PERCENT, BigDecimal.ZERO, BigDecimal.valueOf(100), List.of()),
            "PAR_INDEX_RANK", new ValueSpec(UnitKind.RANK, BigDecimal.ONE, BigDecimal.valueOf(63), List.of()),
            "PAR_INDEX_SCORE", new ValueSpec(UnitKind.SCORE, BigDecimal.ZERO, BigDecimal.valueOf(100), List.of()),
            "PUBLIC_SERVICE_UNITS", new ValueSpec(UnitKind.COUNT, BigDecimal.ZERO, null, List.of()),
            "PAPI_GROUP",
                    new ValueSpec(
                            UnitKind.GROUP,
                            null,
                            null,
                            List.of(
                                    new GroupLevel("thấp nhất", "lowest"),
                                    new GroupLevel("trung bình thấp", "low average"),
                                    new GroupLevel("trung bình cao", "high average"),
                                    new GroupLevel("cao nhất", "highest"))));

    public static final List<Case> CASES = List.of(
            ok("SIPAS", "81,21", "81.21"),
            ok("SIPAS", "81.21", "81.21"),
            ok("SIPAS", "81,21%", "81.21"),
            ok("SIPAS", "97,4 %", "97.4"),
            ok("SIPAS", "97,4\u00a0%", "97.4"),
            ok("SIPAS", "0", "0"),
            ok("SIPAS", "100", "100"),
            ok("SIPAS", "+7", "7"),
            refused("SIPAS", ".5", Refusal.NOT_A_NUMBER),
            refused("SIPAS", "81,", Refusal.NOT_A_NUMBER),
            refused("SIPAS", ",5", Refusal.NOT_A_NUMBER),
            refused("SIPAS", "1.234,5", Refusal.NOT_A_NUMBER),
            refused("SIPAS", "12 34", Refusal.NOT_A_NUMBER),
            refused("SIPAS", "tám mươi", Refusal.NOT_A_NUMBER),
            refused("SIPAS", "100,5", Refusal.OUT_OF_RANGE),
            refused("SIPAS", "-1", Refusal.OUT_OF_RANGE),
            refused("SIPAS", "81,12345", Refusal.TOO_PRECISE),
            ok("PAR_INDEX_RANK", "12", "12"),
            ok("PAR_INDEX_RANK", "12,0", "12"),
            refused("PAR_INDEX_RANK", "0", Refusal.OUT_OF_RANGE),
            refused("PAR_INDEX_RANK", "64", Refusal.OUT_OF_RANGE),
            refused("PAR_INDEX_RANK", "12,5", Refusal.NOT_WHOLE),
            refused("PAR_INDEX_RANK", "12%", Refusal.NOT_A_NUMBER),
            ok("PAR_INDEX_SCORE", "85,1234", "85.1234"),
            refused("PAR_INDEX_SCORE", "100,01", Refusal.OUT_OF_RANGE),
            ok("PUBLIC_SERVICE_UNITS", "26131", "26131"),
            refused("PUBLIC_SERVICE_UNITS", "26.131", Refusal.NOT_WHOLE),
            refused("PUBLIC_SERVICE_UNITS", "-3", Refusal.OUT_OF_RANGE),
            refused("PUBLIC_SERVICE_UNITS", "12345678901", Refusal.TOO_LARGE),
            ok("PAPI_GROUP", "trung bình cao", "trung bình cao"),
            ok("PAPI_GROUP", "Trung  Bình Cao", "trung bình cao"),
            ok("PAPI_GROUP", "High average", "trung bình cao"),
            refused("PAPI_GROUP", "khá", Refusal.UNKNOWN_LEVEL));

    private ValueGrammarCases() {}

    /** A stored value as the table writes it: the level, or the number without trailing zeros (12.0000 is "12"). */
    public static String stored(BigDecimal number, String level) {
        return number != null ? number.stripTrailingZeros().toPlainString() : level;
    }

    private static Case ok(String indicator, String written, String stored) {
        return new Case(indicator, written, stored, null);
    }

    private static Case refused(String indicator, String written, Refusal refusal) {
        return new Case(indicator, written, null, refusal);
    }
}
