package dev.leadscope.domain.lead;

/** Derives seniority and committee role from a free-text job title. */
public final class TitlePolicy {
    /** The profile a title implies; blank or unreadable titles give {@link TitleProfile#UNKNOWN}. */
    public TitleProfile classify(String title) {
        return TitleProfile.UNKNOWN;
    }
}
