package dev.leadscope.e2e;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.leadscope.domain.archfixture.LeakyDomainClass;
import org.junit.jupiter.api.Test;

/** Shows that the architecture rules fail on a class that breaks them, so a green run means something. */
class ArchitectureRulesCatchViolationsTest {

    @Test
    void givenADomainClassUsingMicronaut_whenPurityRuleChecked_thenItFails() {
        JavaClasses fixture = new ClassFileImporter().importClasses(LeakyDomainClass.class);
        assertThatThrownBy(() -> ArchitectureTest.pureModulesUseNoFramework().check(fixture))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("io.micronaut");
    }
}
