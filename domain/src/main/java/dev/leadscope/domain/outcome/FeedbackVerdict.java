package dev.leadscope.domain.outcome;

import java.util.Locale;

/** A rep's judgement of a lead's fit. */
public enum FeedbackVerdict {
    GOOD_FIT, BAD_FIT;

    /** Parses "good_fit", "good fit", "bad-fit" in any case. */
    public static FeedbackVerdict parse(String text) {
        if (text != null) {
            String key = text.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
            if (key.equals("GOOD_FIT") || key.equals("GOOD")) {
                return GOOD_FIT;
            }
            if (key.equals("BAD_FIT") || key.equals("BAD")) {
                return BAD_FIT;
            }
        }
        throw new IllegalArgumentException("verdict must be good_fit or bad_fit: '" + text + "'");
    }
}
