package vn.cchc.tracker.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;
import vn.cchc.tracker.config.EmbeddedDatabaseFallback.Decision;
import vn.cchc.tracker.config.EmbeddedDatabaseFallback.HostAndPort;
import vn.cchc.tracker.testing.UnitTest;

/**
 * When a first run gets an embedded PostgreSQL: nothing answers at a database on this machine, in the default
 * profile, not as root. (The start itself, as an ordinary user, is checked by hand: README, "Operations".)
 */
@UnitTest
class EmbeddedDatabaseFallbackTest {

    private static final String DEFAULT_URL = "jdbc:postgresql://localhost:5432/postgres";
    private static final BiPredicate<String, Integer> NOTHING_ANSWERS = (host, port) -> false;
    private static final BiPredicate<String, Integer> SOMETHING_ANSWERS = (host, port) -> true;

    @Test
    void nothingAnsweringOnThisMachineStartsTheEmbeddedDatabase() {
        assertThat(EmbeddedDatabaseFallback.decide(List.of(), true, DEFAULT_URL, NOTHING_ANSWERS, false))
                .isEqualTo(Decision.START_EMBEDDED);
        assertThat(EmbeddedDatabaseFallback.decide(
                        List.of("dev"), true, "jdbc:postgresql://127.0.0.1:5499/cchc", NOTHING_ANSWERS, false))
                .isEqualTo(Decision.START_EMBEDDED);
    }

    @Test
    void aServerThatAnswersIsUsed() {
        assertThat(EmbeddedDatabaseFallback.decide(List.of(), true, DEFAULT_URL, SOMETHING_ANSWERS, false))
                .isEqualTo(Decision.USE_CONFIGURED);
    }

    @Test
    void itAsksTheConfiguredHostAndPort() {
        List<String> asked = new ArrayList<>();
        EmbeddedDatabaseFallback.decide(
                List.of(),
                true,
                "jdbc:postgresql://localhost:5499/cchc?sslmode=disable",
                (host, port) -> asked.add(host + ":" + port),
                false);
        assertThat(asked).containsExactly("localhost:5499");
    }

    @Test
    void neverInTheProdProfile() {
        assertThat(EmbeddedDatabaseFallback.decide(List.of("prod"), true, DEFAULT_URL, NOTHING_ANSWERS, false))
                .isEqualTo(Decision.USE_CONFIGURED);
        assertThat(EmbeddedDatabaseFallback.decide(List.of("prod"), true, DEFAULT_URL, NOTHING_ANSWERS, true))
                .as("not even the refusal as root: prod reports its own database error")
                .isEqualTo(Decision.USE_CONFIGURED);
    }

    @Test
    void neverWhenTurnedOff() {
        assertThat(EmbeddedDatabaseFallback.decide(List.of(), false, DEFAULT_URL, NOTHING_ANSWERS, false))
                .isEqualTo(Decision.USE_CONFIGURED);
    }

    @Test
    void aDatabaseOnAnotherHostThatIsDownIsNotReplacedByAnEmptyOne() {
        BiPredicate<String, Integer> mustNotAsk = (host, port) -> {
            throw new AssertionError("asked " + host);
        };
        assertThat(EmbeddedDatabaseFallback.decide(
                        List.of(), true, "jdbc:postgresql://db.example.internal:5432/cchc", mustNotAsk, false))
                .isEqualTo(Decision.USE_CONFIGURED);
        assertThat(EmbeddedDatabaseFallback.decide(
                        List.of(), true, "jdbc:postgresql://db1:5432,db2:5432/cchc", mustNotAsk, false))
                .isEqualTo(Decision.USE_CONFIGURED);
        assertThat(EmbeddedDatabaseFallback.decide(List.of(), true, "jdbc:h2:mem:x", mustNotAsk, false))
                .isEqualTo(Decision.USE_CONFIGURED);
    }

    @Test
    void asRootItRefusesInsteadOfStarting() {
        assertThat(EmbeddedDatabaseFallback.decide(List.of(), true, DEFAULT_URL, NOTHING_ANSWERS, true))
                .isEqualTo(Decision.REFUSE_AS_ROOT);
    }

    @Test
    void theRefusalSaysWhatToDo() {
        var analysis = new NoDatabaseFailureAnalyzer()
                .analyze(new EmbeddedDatabaseFallback.NoDatabaseAsRootException(DEFAULT_URL));
        assertThat(analysis.getDescription()).contains(DEFAULT_URL).contains("root");
        assertThat(analysis.getAction())
                .contains("CCHC_DB_URL")
                .contains("docker compose")
                .contains("ordinary user");
    }

    @Test
    void hostAndPortOfPostgresUrls() {
        assertThat(HostAndPort.of(DEFAULT_URL)).isEqualTo(new HostAndPort("localhost", 5432));
        assertThat(HostAndPort.of("jdbc:postgresql://localhost/postgres"))
                .isEqualTo(new HostAndPort("localhost", 5432));
        assertThat(HostAndPort.of("jdbc:postgresql://[::1]:5433/x")).isEqualTo(new HostAndPort("[::1]", 5433));
        assertThat(HostAndPort.of(null)).isNull();
    }
}
