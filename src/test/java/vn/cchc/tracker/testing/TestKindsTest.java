package vn.cchc.tracker.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.commons.annotation.Testable;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * Every test class says what kind of test it is with exactly one annotation of this package, and no other class
 * sets up Spring's test support itself: what a test costs and what it runs on are read off its first line, and
 * tests of a kind share one Spring context.
 */
@UnitTest
class TestKindsTest {

    private static final List<Class<? extends Annotation>> KINDS =
            List.of(UnitTest.class, RepositoryTest.class, ApplicationTest.class, ServerTest.class, BrowserTest.class);
    /** What the kinds are made of. */
    private static final List<Class<? extends Annotation>> SPRING_TEST_SET_UP = List.of(
            SpringBootTest.class, DataJpaTest.class, AutoConfigureMockMvc.class, AutoConfigureTestDatabase.class);
    /** The tests no kind fits, and why. */
    private static final Map<String, String> WITHOUT_A_KIND = Map.of(
            "vn.cchc.tracker.account.ProdProfileTest",
            "starts the application in the prod profile and watches it refuse",
            "vn.cchc.tracker.resilience.TwoInstancesTest",
            "starts two instances on one database",
            "vn.cchc.tracker.resilience.DatabaseOutageTest",
            "reaches the run's database only through a proxy it cuts, never directly as the kinds do",
            "vn.cchc.tracker.shipped.PublicationSourcesUpgradeTest",
            "migrates a schema of its own with Flyway from V42, as an installation is upgraded",
            "vn.cchc.tracker.province.AdministrativeUnitsUpgradeTest",
            "migrates a schema of its own with Flyway from V43, as an installation is upgraded",
            "vn.cchc.tracker.shipped.PublishedResultsUpgradeTest",
            "migrates a schema of its own with Flyway from V60, as an installation is upgraded",
            "vn.cchc.tracker.notification.NotificationTwoInstancesTest",
            "starts two instances on one database and one SMTP server");

    private static List<JavaClass> testClasses;

    @BeforeAll
    static void importTestClasses() {
        testClasses = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS).importPackages("vn.cchc.tracker").stream()
                        .filter(c -> c.getEnclosingClass().isEmpty())
                        .filter(c -> c.getMethods().stream().anyMatch(m -> m.isMetaAnnotatedWith(Testable.class)))
                        .toList();
    }

    @Test
    void everyTestClassIsOfExactlyOneKind() {
        assertThat(testClasses).as("test classes found").hasSizeGreaterThan(50);
        assertThat(testClasses)
                .filteredOn(c -> !WITHOUT_A_KIND.containsKey(c.getName()))
                .filteredOn(c -> KINDS.stream().filter(c::isAnnotatedWith).count() != 1)
                .extracting(JavaClass::getName)
                .as("test classes without exactly one of %s", KINDS)
                .isEmpty();
    }

    @Test
    void onlyTheKindsSetUpSpringsTestSupport() {
        assertThat(testClasses)
                .filteredOn(c -> !WITHOUT_A_KIND.containsKey(c.getName()))
                .filteredOn(c -> SPRING_TEST_SET_UP.stream().anyMatch(c::isAnnotatedWith))
                .extracting(JavaClass::getName)
                .as("test classes annotated with one of %s", SPRING_TEST_SET_UP)
                .isEmpty();
    }

    @Test
    void theTestsWithoutAKindExistAndHaveNone() {
        assertThat(testClasses)
                .filteredOn(c -> WITHOUT_A_KIND.containsKey(c.getName()))
                .hasSize(WITHOUT_A_KIND.size())
                .allSatisfy(c -> assertThat(KINDS).noneMatch(c::isAnnotatedWith));
    }
}
