package dev.leadscope.rest.realtime;

import dev.leadscope.domain.notify.Notification;
import dev.leadscope.domain.port.out.Notifications;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/** Keeps what rescoring publishes, for the real-time tests. */
@Singleton
@Replaces(Notifications.class)
@Requires(property = "spec.name", value = RealtimeApiTest.SPEC)
public class RecordingNotifications implements Notifications {
    private final List<Notification> published = new ArrayList<>();

    @Override
    public synchronized void publish(List<Notification> notifications) {
        published.addAll(notifications);
    }

    public synchronized List<Notification> published() {
        return List.copyOf(published);
    }
}
