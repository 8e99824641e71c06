package dev.leadscope.rest.imports.run;

import java.util.concurrent.atomic.AtomicLong;

/** Running counts of one source, updated by the reading and the writing thread. */
final class Counters {
    final AtomicLong read = new AtomicLong();
    final AtomicLong filtered = new AtomicLong();
    final AtomicLong created = new AtomicLong();
    final AtomicLong updated = new AtomicLong();
    final AtomicLong unchanged = new AtomicLong();
    final AtomicLong rejected = new AtomicLong();

    SourceSummary summary(String source, String kind, String file, long millis) {
        return new SourceSummary(source, kind, file, read.get(), filtered.get(), created.get(), updated.get(), unchanged.get(),
                rejected.get(), millis);
    }
}
