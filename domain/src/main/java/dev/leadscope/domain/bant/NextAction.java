package dev.leadscope.domain.bant;

/** What sales should do next with a lead. */
public enum NextAction {
    CALL_NOW_WITH_ALERT, SEQUENCE_AND_DEMO_INVITE, NURTURE, DISQUALIFY
}
