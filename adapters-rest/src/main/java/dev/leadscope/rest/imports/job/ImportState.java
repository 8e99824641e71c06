package dev.leadscope.rest.imports.job;

/** Where an import job is: waiting its turn, running, done with every row accounted for, or stopped by an error. */
public enum ImportState {
    QUEUED, RUNNING, SUCCEEDED, FAILED
}
