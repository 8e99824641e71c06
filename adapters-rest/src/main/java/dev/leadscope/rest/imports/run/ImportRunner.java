package dev.leadscope.rest.imports.run;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.port.in.IngestEventsUseCase;
import dev.leadscope.domain.port.out.EventBulkLoads;
import dev.leadscope.rest.imports.convert.RowConverter;
import dev.leadscope.rest.imports.convert.RowRejected;
import dev.leadscope.rest.imports.csv.CountingInputStream;
import dev.leadscope.rest.imports.csv.CsvReader;
import dev.leadscope.rest.imports.csv.CsvRecord;
import dev.leadscope.rest.imports.mapping.EntityKind;
import dev.leadscope.rest.imports.mapping.PreparedSource;
import dev.leadscope.rest.imports.mapping.SourceMapping;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Streams prepared sources into the domain in dependency order (accounts, leads, intent, then events, notes,
 * outcomes), in batches, holding at most {@link #WRITERS} + 1 batches of one source in memory, 2 × {@link #WRITERS}
 * for events (one filling per lane, {@link Lanes}): while up to {@link #WRITERS} batches are written at once, the next
 * is read and converted. A source is finished before the next starts, so events always find the leads of the file before them. An events source runs inside a bulk load of
 * the event log ({@link EventBulkLoads}), which ends (restoring what the store set aside) before the source counts as done.
 * Bad rows go to the {@link RejectionSink}; good rows are never lost because of them.
 */
public final class ImportRunner {
    /** Events per ingest call (fewer when {@link #EVENT_BATCH_CHARS} is reached first). */
    public static final int EVENT_BATCH = IngestEventsUseCase.MAX_IMPORT_BATCH;
    /**
     * The CSV text (in characters) after which an events batch is written even if it holds fewer than {@link #EVENT_BATCH}
     * events: events are read into one batch per writer ({@link Lanes}), and this keeps the 2 × {@link #WRITERS} batches
     * of large events (a 1 kB property each) within what {@link #WRITERS} + 1 batches of 10,000 of them took before.
     */
    public static final long EVENT_BATCH_CHARS = 8L << 20;
    /** Accounts, leads, outcomes, notes or intent signals per call. */
    public static final int RECORD_BATCH = 1_000;

    /** Batches written at once: the database write is the slow step, and the stores take concurrent writes of the same ids. */
    public static final int WRITERS = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));

    private final ImportPorts ports;

    public ImportRunner(ImportPorts ports) {
        this.ports = ports;
    }

    public ImportSummary run(WorkspaceId workspace, List<PreparedSource> sources, RejectionSink sink, ImportProgress progress)
            throws IOException {
        long started = System.nanoTime();
        long total = 0;
        for (PreparedSource p : sources) {
            total += Files.size(p.source().path());
        }
        progress.start(total);
        RejectionSink serialized = r -> {
            synchronized (this) {
                sink.reject(r);
            }
        };
        List<SourceSummary> summaries = new ArrayList<>();
        ExecutorService writer = Executors.newFixedThreadPool(WRITERS, r -> {
            Thread t = new Thread(r, "import-writer");
            t.setDaemon(true);
            return t;
        });
        try {
            for (PreparedSource p : sources) {
                summaries.add(runSource(workspace, p, serialized, progress, writer));
            }
        } finally {
            writer.shutdownNow();
        }
        return new ImportSummary(summaries, (System.nanoTime() - started) / 1_000_000);
    }

    private SourceSummary runSource(WorkspaceId workspace, PreparedSource prepared, RejectionSink sink, ImportProgress progress,
                                    ExecutorService writer) throws IOException {
        long started = System.nanoTime();
        SourceMapping source = prepared.source();
        progress.source(source.name());
        Counters counters = new Counters();
        RowConverter converter = new RowConverter(prepared, workspace);
        int capacity = source.kind() == EntityKind.EVENT ? EVENT_BATCH : RECORD_BATCH;
        String file = source.path().getFileName().toString();
        try (EventBulkLoads.Load load = source.kind() == EntityKind.EVENT ? ports.eventLoads().begin() : EventBulkLoads.NONE.begin()) {
            readAndWrite(workspace, prepared, sink, progress, writer, counters, converter, capacity, file);
        }
        return counters.summary(source.name(), source.kind().label(), source.file(), (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Streams the source's rows into batches and writes them, returning once every batch is written. Events are dealt
     * to {@link #WRITERS} lanes by lead ({@link Lanes}), each with its own batch and at most one write under way, so
     * the writers never mark the same lead and each batch names fewer leads; other kinds fill one batch at a time.
     */
    private void readAndWrite(WorkspaceId workspace, PreparedSource prepared, RejectionSink sink, ImportProgress progress,
                              ExecutorService writer, Counters counters, RowConverter converter, int capacity, String file)
            throws IOException {
        SourceMapping source = prepared.source();
        Lanes lanes = new Lanes(source.kind() == EntityKind.EVENT ? WRITERS : 1, WRITERS);
        long charBudget = source.kind() == EntityKind.EVENT ? EVENT_BATCH_CHARS : Long.MAX_VALUE;
        Batch[] filling = new Batch[lanes.count()];
        for (int i = 0; i < filling.length; i++) {
            filling[i] = new Batch(source.kind(), capacity, charBudget);
        }
        Future<?>[] writing = new Future<?>[WRITERS];
        try (InputStream in = new CountingInputStream(Files.newInputStream(source.path()), progress.bytesCounter());
             CsvReader reader = new CsvReader(in, prepared.delimiter(), source.quote(), prepared.charset())) {
            reader.next();
            CsvRecord row;
            while ((row = reader.next()) != null) {
                counters.read.incrementAndGet();
                progress.row();
                Object item;
                try {
                    item = converter.convert(row);
                } catch (RowRejected e) {
                    counters.rejected.incrementAndGet();
                    sink.reject(new Rejection(source.name(), file, row.line(), e.column(), e.value(), e.reason()));
                    continue;
                }
                if (item == null) {
                    counters.filtered.incrementAndGet();
                    continue;
                }
                int lane = lanes.of(item);
                if (filling[lane].add(item, row.line(), chars(row))) {
                    submit(writer, writing, lanes.slot(lane), filling[lane], workspace, counters, converter, sink, source.name(), file);
                    filling[lane] = new Batch(source.kind(), capacity, charBudget);
                }
            }
            for (int lane = 0; lane < filling.length; lane++) {
                if (!filling[lane].isEmpty()) {
                    submit(writer, writing, lanes.slot(lane), filling[lane], workspace, counters, converter, sink, source.name(), file);
                }
            }
        } finally {
            for (Future<?> w : writing) {
                await(w);
            }
        }
    }

    private static int chars(CsvRecord row) {
        int chars = 0;
        for (String field : row.fields()) {
            chars += field.length();
        }
        return chars;
    }

    /** Starts writing {@code batch} in writer slot {@code slot}, first waiting for that slot's previous write to end. */
    private void submit(ExecutorService writer, Future<?>[] writing, int slot, Batch batch, WorkspaceId workspace, Counters counters,
                        RowConverter converter, RejectionSink sink, String source, String file) {
        Future<?> previous = writing[slot];
        writing[slot] = null;
        await(previous);
        writing[slot] = writer.submit(() -> {
            List<String> problems = batch.write(ports, workspace, counters);
            for (int i = 0; i < problems.size(); i++) {
                if (problems.get(i) != null) {
                    counters.rejected.incrementAndGet();
                    RowRejected r;
                    synchronized (converter) {
                        r = converter.rejection(problems.get(i));
                    }
                    sink.reject(new Rejection(source, file, batch.line(i), r.column(), r.value(), r.reason()));
                }
            }
        });
    }

    private static void await(Future<?> future) {
        if (future == null) {
            return;
        }
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw new IllegalStateException(cause);
        }
    }
}
