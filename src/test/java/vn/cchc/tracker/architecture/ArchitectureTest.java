package vn.cchc.tracker.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;
import vn.cchc.tracker.testing.UnitTest;

/**
 * Rules inside the modules, checked on every build. The boundaries between modules (no cycles, web subpackages
 * included; only published types used) are {@link ModularityTest}'s.
 */
@UnitTest
class ArchitectureTest {

    private static final String ROOT = "vn.cchc.tracker";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void controllersLiveInWebPackages() {
        classes()
                .that()
                .areAnnotatedWith(Controller.class)
                .or()
                .areAnnotatedWith(RestController.class)
                .should()
                .resideInAPackage("..web..")
                .check(classes);
    }

    @Test
    void onlyWebPackagesUseTheServletApiOrSpringMvc() {
        noClasses()
                .that()
                .resideOutsideOfPackages("..web..", ROOT + ".config..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jakarta.servlet..", "org.springframework.web..")
                .check(classes);
    }

    @Test
    void domainCodeNeverDependsOnWebCode() {
        noClasses()
                .that()
                .resideOutsideOfPackages("..web..", ROOT + ".config..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..web..")
                .check(classes);
    }

    @Test
    void attainmentRulesArePlainJava() {
        // package-info only declares the package published to other modules
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".attainment.rules..")
                .and()
                .doNotHaveSimpleName("package-info")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "jakarta..", "org.hibernate..")
                .check(classes);
    }

    @Test
    void theTableFileLayerKnowsNoFeature() {
        classes()
                .that()
                .resideInAPackage(ROOT + ".tablefile..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        ROOT + ".tablefile..",
                        ROOT + ".support",
                        "java..",
                        "javax.xml..",
                        "org.apache..",
                        "org.springframework..",
                        "org.slf4j..",
                        "")
                .check(classes);
    }
}
