package dev.leadscope.rest.model;

import dev.leadscope.rest.error.Problem;
import java.time.Instant;

/**
 * One asynchronous training run (of a lead model or an account model): what was asked, its state, the latest
 * progress message and share done, and the result or the problem that ended it. Written by the training thread
 * and read by status requests; all access is synchronized.
 *
 * @param <C> the command that started the run
 * @param <R> the result of a successful run
 */
public final class TrainingJob<C, R> {
    private final String id;
    private final C command;
    private final Instant createdAt;
    private TrainingState state = TrainingState.QUEUED;
    private String message = "queued";
    private double fraction;
    private R result;
    private Problem error;
    private Instant finishedAt;

    public TrainingJob(String id, C command, Instant createdAt) {
        this.id = id;
        this.command = command;
        this.createdAt = createdAt;
    }

    public String id() {
        return id;
    }

    public C command() {
        return command;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public synchronized TrainingState state() {
        return state;
    }

    public synchronized String message() {
        return message;
    }

    public synchronized double fraction() {
        return fraction;
    }

    public synchronized R result() {
        return result;
    }

    public synchronized Problem error() {
        return error;
    }

    public synchronized Instant finishedAt() {
        return finishedAt;
    }

    public synchronized void running() {
        state = TrainingState.RUNNING;
        message = "starting";
    }

    /** Progress only moves forward, so a poller never sees the share done fall. */
    public synchronized void step(String stepMessage, double share) {
        message = stepMessage;
        fraction = Math.max(fraction, Math.min(1.0, Math.max(0.0, share)));
    }

    public synchronized void succeeded(R trained, Instant at) {
        state = TrainingState.SUCCEEDED;
        result = trained;
        message = "done";
        fraction = 1.0;
        finishedAt = at;
    }

    public synchronized void failed(Problem problem, Instant at) {
        state = TrainingState.FAILED;
        error = problem;
        message = "failed";
        finishedAt = at;
    }
}
