package dev.leadscope.domain.lead;

/** What a person agreed to: marketing email, behavioural tracking, and use of their data for scoring. */
public record Consent(boolean emailMarketing, boolean tracking, boolean profiling) {
    /** The default for a lead with no recorded consent choices: tracking and profiling under legitimate interest, no marketing email. */
    public static final Consent DEFAULT = new Consent(false, true, true);
}
