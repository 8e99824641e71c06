package dev.leadscope.rest.model;

/** Where a training job is: waiting for the one training thread, training, or finished either way. */
public enum TrainingState {
    QUEUED, RUNNING, SUCCEEDED, FAILED
}
