package dev.leadscope.e2e;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dependency rules of the design: the core stays pure, frameworks stay at the edges. */
class ArchitectureTest {
    static final String[] PURE = {"dev.leadscope.domain..", "dev.leadscope.qualification..", "dev.leadscope.account.."};
    static final String[] FRAMEWORKS = {"io.micronaut..", "jakarta..", "javax.inject..", "org.deeplearning4j..", "org.nd4j..",
        "ml.dmlc..", "org.bytedeco.."};

    static JavaClasses production;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.leadscope");
    }

    static ArchRule pureModulesUseNoFramework() {
        return noClasses().that().resideInAnyPackage(PURE)
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .because("domain, qualification-bant and account-scoring are plain Java that any code can drive");
    }

    static ArchRule pureModulesKnowNoAdapter() {
        return noClasses().that().resideInAnyPackage(PURE)
                .should().dependOnClassesThat().resideInAnyPackage("dev.leadscope.ml..", "dev.leadscope.persistence..", "dev.leadscope.rest..")
                .because("dependencies point inward only");
    }

    static ArchRule mlEngineUsesMicronautOnlyInConfig() {
        return noClasses().that().resideInAPackage("dev.leadscope.ml..").and().resideOutsideOfPackage("dev.leadscope.ml.config..")
                .should().dependOnClassesThat().resideInAnyPackage("io.micronaut..", "jakarta.inject..")
                .because("the ML engine is a library; only its config package makes beans")
                .allowEmptyShould(true);
    }

    static ArchRule persistenceKnowsNoRestOrModels() {
        return noClasses().that().resideInAPackage("dev.leadscope.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.leadscope.rest..", "dev.leadscope.ml..")
                .because("adapters meet only through the domain's ports");
    }

    @Test
    void domainQualificationAndAccountScoringDependOnNoFramework() {
        pureModulesUseNoFramework().check(production);
    }

    @Test
    void pureModulesDependOnNoAdapter() {
        pureModulesKnowNoAdapter().check(production);
    }

    @Test
    void mlEngineUsesMicronautOnlyInItsConfigPackage() {
        mlEngineUsesMicronautOnlyInConfig().check(production);
    }

    @Test
    void persistenceDependsOnNeitherRestNorModels() {
        persistenceKnowsNoRestOrModels().check(production);
    }
}
