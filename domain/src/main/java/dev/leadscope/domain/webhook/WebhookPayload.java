package dev.leadscope.domain.webhook;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.notify.Notification;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The JSON body a webhook receives: {@code {id, kind, occurredAt, workspace, subject, data{...}}}, data per kind. */
public final class WebhookPayload {
    private WebhookPayload() {
    }

    /** The body for {@code notification}, with {@code eventId} the same for every webhook it goes to. */
    public static String of(String eventId, Notification notification) {
        return envelope(eventId, notification.kind().wireName(), notification.occurredAt(), notification.workspace(),
                notification.subject(), data(notification));
    }

    /** The body of a test ping to webhook {@code webhook}. */
    public static String ping(String eventId, WorkspaceId workspace, WebhookId webhook, Instant at) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("message", "ping from Leadscope");
        return envelope(eventId, Delivery.PING, at, workspace, webhook.value(), data);
    }

    private static String envelope(String eventId, String kind, Instant occurredAt, WorkspaceId workspace, String subject,
                                   Map<String, Object> data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", eventId);
        body.put("kind", kind);
        body.put("occurredAt", occurredAt);
        body.put("workspace", workspace.value());
        body.put("subject", subject);
        body.put("data", data);
        return JsonText.object(body);
    }

    private static Map<String, Object> data(Notification notification) {
        Map<String, Object> d = new LinkedHashMap<>();
        if (notification instanceof Notification.TierChanged n) {
            d.put("lead", n.lead().value());
            d.put("from", lower(n.from()));
            d.put("to", lower(n.to()));
            d.put("probability", n.probability());
        } else if (notification instanceof Notification.BecameSalesReady n) {
            d.put("lead", n.lead().value());
            d.put("tier", lower(n.tier()));
            d.put("probability", n.probability());
            d.put("action", n.action());
        } else if (notification instanceof Notification.ScoreCrossedThreshold n) {
            d.put("lead", n.lead().value());
            d.put("threshold", n.threshold());
            d.put("direction", n.upward() ? "up" : "down");
            d.put("probability", n.probability());
        } else if (notification instanceof Notification.AccountStageChanged n) {
            d.put("account", n.account().value());
            d.put("from", lower(n.from()));
            d.put("to", lower(n.to()));
        } else if (notification instanceof Notification.AccountSurged n) {
            d.put("account", n.account().value());
            d.put("ratio", n.ratio());
        } else if (notification instanceof Notification.ModelAlert n) {
            d.put("modelVersion", n.modelVersion());
            d.put("metric", n.metric());
            d.put("value", n.value());
            d.put("threshold", n.threshold());
            d.put("message", n.message());
        } else {
            throw new IllegalArgumentException("notification of an unknown type: " + notification.getClass().getName());
        }
        return d;
    }

    private static String lower(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }
}
