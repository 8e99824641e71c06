package dev.leadscope.domain.lead;

import java.util.Objects;

/** What a job title says about a person: seniority and committee role. */
public record TitleProfile(Seniority seniority, CommitteeRole role) {
    public static final TitleProfile UNKNOWN = new TitleProfile(Seniority.UNKNOWN, CommitteeRole.UNKNOWN);

    public TitleProfile {
        Objects.requireNonNull(seniority, "seniority");
        Objects.requireNonNull(role, "role");
    }
}
