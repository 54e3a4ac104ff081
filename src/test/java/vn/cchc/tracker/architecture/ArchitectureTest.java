package vn.cchc.tracker.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The module boundaries a newcomer can rely on, checked on every build. */
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
    void featurePackagesDoNotDependOnEachOtherInCycles() {
        // web controllers may combine features; the features themselves form a directed graph
        ArchRule rule = slices().matching(ROOT + ".(*)..")
                .should().beFreeOfCycles()
                .ignoreDependency(
                        com.tngtech.archunit.base.DescribedPredicate.describe("web classes",
                                c -> c.getPackageName().contains(".web")),
                        com.tngtech.archunit.base.DescribedPredicate.alwaysTrue());
        rule.check(classes);
    }

    @Test
    void controllersLiveInWebPackages() {
        classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .should().resideInAPackage("..web..")
                .check(classes);
    }

    @Test
    void onlyWebPackagesUseTheServletApiOrSpringMvc() {
        noClasses().that().resideOutsideOfPackages("..web..", ROOT + ".config..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.servlet..", "org.springframework.web..")
                .check(classes);
    }

    @Test
    void domainCodeNeverDependsOnWebCode() {
        noClasses().that().resideOutsideOfPackages("..web..", ROOT + ".config..")
                .should().dependOnClassesThat().resideInAPackage("..web..")
                .check(classes);
    }

    @Test
    void attainmentRulesArePlainJava() {
        noClasses().that().resideInAPackage(ROOT + ".attainment")
                .and().haveSimpleNameNotEndingWith("Service")
                .and().haveSimpleNameNotEndingWith("Explainer")
                .and().haveSimpleNameNotEndingWith("Repository")
                .and().haveSimpleNameNotEndingWith("Query")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..", "org.hibernate..")
                .check(classes);
    }
}
