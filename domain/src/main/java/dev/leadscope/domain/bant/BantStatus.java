package dev.leadscope.domain.bant;

/** How far a BANT criterion is satisfied, as far as the evidence shows. */
public enum BantStatus {
    MET, PARTLY, NOT_MET, UNKNOWN;

    /** The stronger of two statuses for a buyer: met beats partly beats not met beats unknown. */
    public static BantStatus best(BantStatus a, BantStatus b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }
}
