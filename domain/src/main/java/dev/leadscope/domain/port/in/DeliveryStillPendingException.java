package dev.leadscope.domain.port.in;

/** A redelivery was asked for a delivery that is still queued for its next attempt. */
public class DeliveryStillPendingException extends RuntimeException {
    public DeliveryStillPendingException(String id) {
        super("delivery " + id + " is still pending: it is tried again on its own");
    }
}
