package dev.leadscope.domain.lead;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class TitlePolicyCatalogueTest {
    private final TitlePolicy policy = new TitlePolicy();

    @ParameterizedTest(name = "[{0}] is {1} / {2}")
    @CsvFileSource(resources = TitleCatalogue.RESOURCE, delimiter = '|', numLinesToSkip = 1)
    void givenRealWorldTitle_whenClassified_thenSeniorityAndRoleAreTheExpectedOnes(
            String title, Seniority seniority, CommitteeRole role) {
        assertThat(policy.classify(title)).isEqualTo(new TitleProfile(seniority, role));
    }

    @Test
    void givenTheCatalogue_whenCounted_thenItCoversEverySeniorityAndRoleWithMoreThan120Titles() {
        List<TitleCatalogue.Entry> entries = TitleCatalogue.entries();

        Set<Seniority> seniorities = entries.stream().map(e -> e.expected().seniority())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Seniority.class)));
        Set<CommitteeRole> roles = entries.stream().map(e -> e.expected().role())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(CommitteeRole.class)));
        assertThat(entries).hasSizeGreaterThan(120);
        assertThat(seniorities).containsExactlyInAnyOrder(Seniority.values());
        assertThat(roles).containsExactlyInAnyOrder(CommitteeRole.values());
    }
}
