package dev.leadscope.rest.account;

import dev.leadscope.domain.port.in.TrainAccountModelUseCase.Command;
import dev.leadscope.domain.port.in.TrainAccountModelUseCase.Result;
import dev.leadscope.rest.error.Problem;
import dev.leadscope.rest.model.TrainingState;
import java.time.Instant;

/**
 * One asynchronous account model training run: what was asked, its state, the latest step and share done, and the
 * result or the problem that ended it. Written by the training thread and read by status requests; synchronized.
 */
public final class AccountTrainingJob {
    private final String id;
    private final Command command;
    private final Instant createdAt;
    private TrainingState state = TrainingState.QUEUED;
    private String message = "queued";
    private double fraction;
    private Result result;
    private Problem error;
    private Instant finishedAt;

    AccountTrainingJob(String id, Command command, Instant createdAt) {
        this.id = id;
        this.command = command;
        this.createdAt = createdAt;
    }

    public String id() {
        return id;
    }

    public Command command() {
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

    public synchronized Result result() {
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

    synchronized void succeeded(Result trained, Instant at) {
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
