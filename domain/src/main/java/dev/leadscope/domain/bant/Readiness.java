package dev.leadscope.domain.bant;

/** Whether a lead is ready for sales: ready now, worth nurturing, or not ready. */
public enum Readiness {
    /** A high enough tier and enough BANT criteria met. */
    SALES_READY,
    /** A promising score with weak or unknown BANT, or a middling score: keep warming. */
    NURTURE,
    /** A low score, or BANT evidence against buying. */
    NOT_READY
}
