package dev.leadscope.domain.notify;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The kinds of notification a webhook subscription can ask for, with the names used on the wire. */
public enum NotificationKind {
    TIER_CHANGED("tier_changed"),
    SALES_READY("sales_ready"),
    SCORE_THRESHOLD("score_threshold"),
    ACCOUNT_STAGE_CHANGED("account_stage_changed"),
    ACCOUNT_SURGE("account_surge"),
    MODEL_ALERT("model_alert");

    private final String wireName;

    NotificationKind(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** The kind with this wire name (any case), or an error listing the known names. */
    public static NotificationKind fromWire(String name) {
        if (name != null) {
            String wanted = name.trim().toLowerCase(Locale.ROOT);
            for (NotificationKind kind : values()) {
                if (kind.wireName.equals(wanted)) {
                    return kind;
                }
            }
        }
        throw new IllegalArgumentException("unknown notification kind '" + name + "'; known: "
                + Arrays.stream(values()).map(NotificationKind::wireName).collect(Collectors.joining(", ")));
    }
}
