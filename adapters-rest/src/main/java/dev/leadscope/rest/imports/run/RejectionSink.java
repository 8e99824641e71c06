package dev.leadscope.rest.imports.run;

/** Receives each rejected row as it is found; implementations are called from one thread at a time. */
@FunctionalInterface
public interface RejectionSink {
    void reject(Rejection rejection);
}
