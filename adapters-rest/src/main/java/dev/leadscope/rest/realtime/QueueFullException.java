package dev.leadscope.rest.realtime;

/** The rescoring queue has no room for a request's events: nothing of it was stored; the caller retries later. */
public class QueueFullException extends RuntimeException {
    private final int retryAfterSeconds;

    public QueueFullException(int events, long depth, int capacity, int retryAfterSeconds) {
        super("the rescoring queue is full (" + depth + " of " + capacity + " events waiting); none of the " + events
                + " events was stored: send them again after " + retryAfterSeconds + " s");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
