package dev.leadscope.ml.simulation;

/** The hidden stage of an account's buying journey; it moves once a week and ends in BOUGHT or LOST. */
enum BuyingState {
    NOT_IN_MARKET, RESEARCHING, EVALUATING, DECIDING, BOUGHT, LOST;

    static final BuyingState[] ALL = values();

    boolean terminal() {
        return this == BOUGHT || this == LOST;
    }
}
