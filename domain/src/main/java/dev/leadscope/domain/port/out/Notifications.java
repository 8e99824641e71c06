package dev.leadscope.domain.port.out;

import dev.leadscope.domain.notify.Notification;
import java.util.List;

/**
 * Hands notifications to whoever subscribed to them (webhooks). When {@link #publish} returns, the notifications
 * are durably queued for delivery; delivery itself happens later, at least once. Implementations are thread-safe.
 */
public interface Notifications {

    void publish(List<Notification> notifications);

    /** Drops everything: for wiring where nobody subscribes. */
    Notifications NONE = notifications -> { };
}
