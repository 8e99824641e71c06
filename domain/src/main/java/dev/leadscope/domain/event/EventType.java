package dev.leadscope.domain.event;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What kind of activity an event is. Types are open: a CRM's own activity names are kept, normalised to
 * lower snake case ("Email Opened" becomes {@code email_opened}); the constants are the types Leadscope
 * knows and reasons about.
 */
public record EventType(String name) {
    // Declared before the constants below, which use it while the class initialises.
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_.:-]{0,63}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s/]+");

    public static final EventType PAGE_VIEW = new EventType("page_view");
    public static final EventType EMAIL_SENT = new EventType("email_sent");
    public static final EventType EMAIL_OPEN = new EventType("email_open");
    public static final EventType EMAIL_CLICK = new EventType("email_click");
    public static final EventType EMAIL_REPLY = new EventType("email_reply");
    public static final EventType FORM_SUBMIT = new EventType("form_submit");
    public static final EventType CONTENT_DOWNLOAD = new EventType("content_download");
    public static final EventType WEBINAR_REGISTERED = new EventType("webinar_registered");
    public static final EventType WEBINAR_ATTENDED = new EventType("webinar_attended");
    public static final EventType TRIAL_SIGNUP = new EventType("trial_signup");
    public static final EventType TEAMMATE_INVITED = new EventType("teammate_invited");
    public static final EventType INTEGRATION_CONNECTED = new EventType("integration_connected");
    public static final EventType PRODUCT_USAGE = new EventType("product_usage");
    public static final EventType MEETING_BOOKED = new EventType("meeting_booked");
    public static final EventType CHAT = new EventType("chat");
    public static final EventType CALL = new EventType("call");

    public EventType {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("type must not be blank");
        }
        name = normalize(name);
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("type must be 1-64 letters, digits or _ . : - : '" + name + "'");
        }
    }

    /** Lower-cases and turns runs of spaces and slashes into one underscore; names already in that form are kept as they are. */
    static String normalize(String raw) {
        String trimmed = raw.strip();
        if (isCanonical(trimmed)) {
            return trimmed;
        }
        return SEPARATORS.matcher(trimmed.toLowerCase(Locale.ROOT)).replaceAll("_");
    }

    /** Whether {@code name} is already lower case without spaces or slashes, the common case on the ingest path. */
    private static boolean isCanonical(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if ((c >= 'A' && c <= 'Z') || c == '/' || Character.isWhitespace(c) || c > 127) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return name;
    }
}
