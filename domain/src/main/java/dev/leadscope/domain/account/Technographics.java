package dev.leadscope.domain.account;

import java.util.Set;

/** The technology a company runs, including products of competitors. */
public record Technographics(Set<String> technologies, Set<String> competitorProducts) {
    public static final Technographics NONE = new Technographics(Set.of(), Set.of());

    public Technographics {
        technologies = Tags.normalize("technologies", technologies);
        competitorProducts = Tags.normalize("competitorProducts", competitorProducts);
    }

    /** Whether the company uses any competitor's product. */
    public boolean usesCompetitor() {
        return !competitorProducts.isEmpty();
    }
}
