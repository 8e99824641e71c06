package dev.leadscope.domain.lead;

/** How senior a person is, derived from the job title. */
public enum Seniority {
    C_LEVEL, VP, DIRECTOR, MANAGER, INDIVIDUAL_CONTRIBUTOR, UNKNOWN
}
