package dev.leadscope.domain.port.out;

import dev.leadscope.domain.common.Page;
import dev.leadscope.domain.common.PageRequest;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.webhook.Delivery;
import dev.leadscope.domain.webhook.DeliveryAttempt;
import dev.leadscope.domain.webhook.DeliveryClaim;
import dev.leadscope.domain.webhook.DeliveryId;
import dev.leadscope.domain.webhook.WebhookId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The webhook outbox: deliveries waiting, delivered or dead, and the log of their attempts. Several service instances
 * may share one store: a pending delivery is claimed by one worker at a time with a conditional update, under a lease
 * that lets another worker take it over when the holder has crashed. Implementations are thread-safe.
 */
public interface WebhookDeliveries {

    /** Stores new deliveries, all or none, durably when this returns (or when the surrounding transaction commits). */
    void enqueue(List<Delivery> deliveries);

    /**
     * Claims up to {@code limit} pending deliveries of any workspace that are due at {@code now} and not under another
     * worker's unexpired lease, earliest due first, leasing each to {@code token} until {@code now + lease}. A delivery
     * is handed to at most one caller per lease.
     */
    List<DeliveryClaim> claimDue(String token, Instant now, Duration lease, int limit);

    /** Claims the workspace's delivery {@code id} as {@link #claimDue} would, whether due or not; empty when pending under another lease, or not pending. */
    Optional<DeliveryClaim> claim(WorkspaceId workspace, DeliveryId id, String token, Instant now, Duration lease);

    /**
     * Records {@code attempt} and stores {@code next} (the delivery after it), releasing the lease, but only while
     * {@code claim} still holds it; false (and nothing stored) when the lease was lost to another worker.
     */
    boolean complete(DeliveryClaim claim, DeliveryAttempt attempt, Delivery next);

    Optional<Delivery> find(WorkspaceId workspace, DeliveryId id);

    /** The deliveries to webhook {@code webhook} of the workspace, newest first. */
    Page<Delivery> list(WorkspaceId workspace, WebhookId webhook, PageRequest page);

    /** The attempts at the workspace's delivery {@code id}, oldest first. */
    List<DeliveryAttempt> attempts(WorkspaceId workspace, DeliveryId id);

    /** Makes a delivered or dead delivery pending again with no attempts made, due at {@code now}; false when it is pending or absent. */
    boolean requeue(WorkspaceId workspace, DeliveryId id, Instant now);

    /** Removes the deliveries to webhook {@code webhook} and their attempts; returns how many deliveries went. */
    int deleteFor(WorkspaceId workspace, WebhookId webhook);

    /** Removes delivered and dead deliveries (of all workspaces) whose last attempt, or creation, is before {@code before}; returns how many. */
    int prune(Instant before);

    /** How many deliveries of all workspaces are pending: the outbox depth. */
    long pendingCount();
}
