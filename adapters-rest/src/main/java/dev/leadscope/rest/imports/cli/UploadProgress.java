package dev.leadscope.rest.imports.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/** Prints on stderr which upload is being sent and, every two seconds while it is, the share of its bytes sent. */
final class UploadProgress implements AutoCloseable {
    private final PrintWriter err;
    private final Thread thread;
    private volatile boolean running = true;

    UploadProgress(PrintWriter err, UploadPlan.Upload upload, AtomicLong sent) {
        this.err = err;
        long total = upload.size();
        String what = upload.slices().values().stream().map(s -> s.name() + (s.firstLine() > 2 || s.to() < fileSize(s)
                ? " from line " + s.firstLine() : "")).collect(Collectors.joining(", "));
        err.printf(Locale.ROOT, "Uploading %d of %d: %.1f MB (%s)%n", upload.number(), upload.of(), total / 1e6, what);
        err.flush();
        this.thread = new Thread(() -> {
            while (running) {
                try {
                    Thread.sleep(2_000);
                } catch (InterruptedException e) {
                    return;
                }
                if (running) {
                    err.printf(Locale.ROOT, "  sent %.1f of %.1f MB%n", sent.get() / 1e6, total / 1e6);
                    err.flush();
                }
            }
        }, "upload-progress");
        thread.setDaemon(true);
        thread.start();
    }

    private static long fileSize(UploadPlan.Slice slice) {
        try {
            return java.nio.file.Files.size(slice.file());
        } catch (java.io.IOException e) {
            return slice.to();
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
