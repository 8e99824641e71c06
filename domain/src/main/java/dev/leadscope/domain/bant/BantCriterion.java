package dev.leadscope.domain.bant;

/** One of the four BANT questions: can they pay, can this person decide, do they need it, and when. */
public enum BantCriterion {
    BUDGET, AUTHORITY, NEED, TIMELINE
}
