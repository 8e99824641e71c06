package dev.leadscope.rest.model;

import dev.leadscope.domain.port.in.TrainModelUseCase.TrainCommand;
import dev.leadscope.domain.port.in.TrainModelUseCase.TrainingResult;
import dev.leadscope.rest.error.Problem;
import java.time.Instant;

/**
 * One asynchronous training run: what was asked, its state, the latest progress message and share done, and the
 * result or the problem that ended it. Written by the training thread and read by status requests; all access
 * is synchronized.
 */
public final class TrainingJob {
    private final String id;
    private final TrainCommand command;
    private final Instant createdAt;
    private TrainingState state = TrainingState.QUEUED;
    private String message = "queued";
    private double fraction;
    private TrainingResult result;
    private Problem error;
    private Instant finishedAt;

    TrainingJob(String id, TrainCommand command, Instant createdAt) {
        this.id = id;
        this.command = command;
        this.createdAt = createdAt;
    }

    public String id() {
        return id;
    }

    public TrainCommand command() {
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

    public synchronized TrainingResult result() {
        return result;
    }

    public synchronized Problem error() {
        return error;
    }

    public synchronized Instant finishedAt() {
        return finishedAt;
    }

    synchronized void running() {
        state = TrainingState.RUNNING;
        message = "starting";
    }

    /** Progress only moves forward, so a poller never sees the share done fall. */
    synchronized void step(String stepMessage, double share) {
        message = stepMessage;
        fraction = Math.max(fraction, Math.min(1.0, Math.max(0.0, share)));
    }

    synchronized void succeeded(TrainingResult trained, Instant at) {
        state = TrainingState.SUCCEEDED;
        result = trained;
        message = "done";
        fraction = 1.0;
        finishedAt = at;
    }

    synchronized void failed(Problem problem, Instant at) {
        state = TrainingState.FAILED;
        error = problem;
        message = "failed";
        finishedAt = at;
    }
}
