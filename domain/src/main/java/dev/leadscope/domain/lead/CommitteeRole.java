package dev.leadscope.domain.lead;

/** The part a person plays in a B2B buying committee. */
public enum CommitteeRole {
    /** Owns the budget and signs: CFO, CEO of a small company, head of procurement. */
    ECONOMIC_BUYER,
    /** Judges whether the product works: engineers, architects, IT and security. */
    TECHNICAL_EVALUATOR,
    /** A senior leader who backs the purchase without running it day to day. */
    EXECUTIVE_SPONSOR,
    /** Will use the product and push for it internally. */
    CHAMPION,
    UNKNOWN
}
