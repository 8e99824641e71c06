package dev.leadscope.domain.account;

/** Where an account stands in buying, as its activity and the roles involved show. */
public enum BuyingStage {
    AWARENESS, CONSIDERATION, DECISION, PURCHASE
}
