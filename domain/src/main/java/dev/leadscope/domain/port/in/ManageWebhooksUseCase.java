package dev.leadscope.domain.port.in;

import dev.leadscope.domain.common.Page;
import dev.leadscope.domain.common.PageRequest;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.notify.NotificationKind;
import dev.leadscope.domain.webhook.Delivery;
import dev.leadscope.domain.webhook.DeliveryAttempt;
import dev.leadscope.domain.webhook.WebhookSubscription;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Subscribes a workspace's webhooks, shows their delivery logs, pings them and redelivers dead letters. Implementations
 * are thread-safe.
 *
 * <p>Errors: {@link WebhookNotFoundException} and {@link DeliveryNotFoundException} for ids the workspace does not
 * have; {@link DeliveryStillPendingException} when redelivering a pending delivery; {@link IllegalArgumentException}
 * naming the field for a bad url, secret, kinds or description.
 */
public interface ManageWebhooksUseCase {

    /** A subscription to make; a null secret is generated. */
    record CreateWebhook(WorkspaceId workspace, URI url, String secret, Set<NotificationKind> kinds, String description, boolean active) {
        public CreateWebhook {
            Objects.requireNonNull(workspace, "workspace must not be empty");
            kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        }
    }

    /** Changes to a subscription: each null field keeps what is stored. */
    record ChangeWebhook(URI url, String secret, Set<NotificationKind> kinds, String description, Boolean active) {
        public ChangeWebhook {
            kinds = kinds == null ? null : Set.copyOf(kinds);
        }
    }

    /** A new subscription with its secret, which is never shown again. */
    record CreatedWebhook(WebhookSubscription subscription, String secret) {
    }

    /** A delivery and its attempts, oldest first. */
    record DeliveryLog(Delivery delivery, List<DeliveryAttempt> attempts) {
        public DeliveryLog {
            attempts = List.copyOf(attempts);
        }
    }

    CreatedWebhook create(CreateWebhook command);

    List<WebhookSubscription> list(WorkspaceId workspace);

    WebhookSubscription get(WorkspaceId workspace, String id);

    WebhookSubscription change(WorkspaceId workspace, String id, ChangeWebhook change);

    /** Removes the subscription and its deliveries. */
    void delete(WorkspaceId workspace, String id);

    /** The webhook's deliveries, newest first, each with its attempts. */
    Page<DeliveryLog> deliveries(WorkspaceId workspace, String id, PageRequest page);

    /** Sends a ping to the webhook now (active or not) and answers with its first attempt; a failed ping is retried like any delivery. */
    DeliveryLog ping(WorkspaceId workspace, String id);

    /** Queues a dead (or delivered) delivery again with a fresh set of tries. */
    DeliveryLog redeliver(WorkspaceId workspace, String id, String deliveryId);
}
