package dev.leadscope.rest.cli.load;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;

/**
 * Gets a running service ready for a load run through its public API: simulated history loaded when it holds fewer
 * leads than the run needs, and a model trained and activated when none is active. Prints its progress.
 */
public final class LoadSetup {
    /** Loads simulated history into the service: {@code leadscope simulate --accounts N --load-into URL}. */
    @FunctionalInterface
    public interface HistoryLoader {
        void load(int accounts) throws IOException, InterruptedException;
    }

    private final ServiceClient service;
    private final HistoryLoader loader;
    private final PrintWriter out;

    public LoadSetup(ServiceClient service, HistoryLoader loader, PrintWriter out) {
        this.service = service;
        this.loader = loader;
        this.out = out;
    }

    /**
     * Waits until the service's rescoring is idle (nothing queued, no bulk rescoring running, as after a model was
     * activated), so that the load measures events alone; returns at once on a service without real-time rescoring.
     *
     * @return whether it became idle within {@code timeout}
     */
    public boolean awaitIdle(java.time.Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "";
        while (true) {
            Optional<ServiceClient.RescoringStatus> status = service.rescoringStatus();
            if (status.isEmpty()) {
                out.println("setup: the service has no rescoring status (GET /api/v1/rescoring answered 404); not waiting for it");
                return true;
            }
            ServiceClient.RescoringStatus s = status.get();
            if (s.idle()) {
                return true;
            }
            if (System.nanoTime() > deadline) {
                out.println("setup: rescoring still busy after " + timeout.toSeconds() + " s; starting the load anyway");
                return false;
            }
            String line = String.format(Locale.ROOT, "setup: waiting for rescoring to finish: %s events queued, %s leads pending%s",
                    s.queueDepth(), s.pendingLeads(), s.bulk() == null ? "" : ", bulk " + s.bulk().state() + " " + s.bulk().scored() + "/" + s.bulk().total());
            if (!line.equals(last)) {
                out.println(line);
                out.flush();
                last = line;
            }
            Thread.sleep(1000);
        }
    }

    /** Loads {@code accounts} simulated accounts unless {@code leads} leads are there already, then makes sure a model is active. */
    public void prepare(int leads, int accounts) throws IOException, InterruptedException {
        long present = service.leads(1).total();
        if (present >= leads) {
            out.printf(Locale.ROOT, "setup: the service holds %,d leads, enough for %,d; nothing loaded%n", present, leads);
        } else {
            out.printf(Locale.ROOT, "setup: the service holds %,d leads; loading %,d simulated accounts through the API...%n", present, accounts);
            out.flush();
            long t0 = System.nanoTime();
            loader.load(accounts);
            out.printf(Locale.ROOT, "setup: loaded in %.1f s; the service now holds %,d leads%n", (System.nanoTime() - t0) / 1e9,
                    service.leads(1).total());
        }
        Optional<String> active = service.activeModel();
        if (active.isPresent()) {
            out.println("setup: model " + active.get() + " is active");
            return;
        }
        out.println("setup: no model is active; training one on the stored history and activating it...");
        out.flush();
        long t0 = System.nanoTime();
        ServiceClient.TrainingJob job = service.trainAndActivate();
        String last = "";
        while (!job.finished()) {
            Thread.sleep(1000);
            job = service.trainingJob(job.id());
            String line = String.format(Locale.ROOT, "setup: training %3.0f %% %s", job.progress() * 100, job.message() == null ? "" : job.message());
            if (!line.equals(last)) {
                out.println(line);
                out.flush();
                last = line;
            }
        }
        if (!"succeeded".equals(job.state())) {
            throw new IllegalStateException("training failed: " + job.error());
        }
        out.printf(Locale.ROOT, "setup: model %s trained and active in %.1f s%n", service.activeModel().orElse("?"),
                (System.nanoTime() - t0) / 1e9);
    }
}
