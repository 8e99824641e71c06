package dev.leadscope.ml.simulation;

/** Compact codes for the event types and page categories the simulator writes. */
final class EventCodes {
    private EventCodes() {
    }

    static final String[] TYPES = {"page_view", "email_open", "email_click", "form_submit", "content_download",
            "webinar_registered", "webinar_attended", "trial_signup", "teammate_invited", "integration_connected",
            "meeting_booked", "chat", "call"};
    static final byte PAGE_VIEW = 0;
    static final byte EMAIL_OPEN = 1;
    static final byte EMAIL_CLICK = 2;
    static final byte FORM_SUBMIT = 3;
    static final byte CONTENT_DOWNLOAD = 4;
    static final byte WEBINAR_REGISTERED = 5;
    static final byte WEBINAR_ATTENDED = 6;
    static final byte TRIAL_SIGNUP = 7;
    static final byte TEAMMATE_INVITED = 8;
    static final byte INTEGRATION_CONNECTED = 9;
    static final byte MEETING_BOOKED = 10;
    static final byte CHAT = 11;
    static final byte CALL = 12;

    /** Page categories; code 0 is "no category". */
    static final String[] CATEGORIES = {null, "pricing", "docs", "case_study", "blog", "product"};
    static final byte NONE = 0;
    static final byte PRICING = 1;
    static final byte DOCS = 2;
    static final byte CASE_STUDY = 3;
    static final byte BLOG = 4;
    static final byte PRODUCT = 5;
}
