package dev.leadscope.domain.port.in;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * Generates a synthetic B2B sales history (accounts, leads, events, notes, outcomes, intent, reps) as CSV
 * files, together with ground-truth files that say what really drove each outcome. The same settings give
 * byte-identical files.
 */
public interface SimulateHistoryUseCase {

    /** The most accounts one run simulates. */
    int MAX_ACCOUNTS = 1_000_000;

    /** The longest simulated period, in days (five years). */
    int MAX_DAYS = 5 * 366;

    /**
     * What to simulate.
     *
     * @param accounts     how many accounts, 1..{@link #MAX_ACCOUNTS}
     * @param seed         the random seed; the same settings and seed give the same files
     * @param start        first simulated day (the run starts on the Monday on or before it)
     * @param end          last simulated day, inclusive, after {@code start} and at most {@link #MAX_DAYS} later
     * @param orderEffects whether the order of a lead's events changes the buying hazard (false: only counts do)
     * @param drift        the day from which what predicts conversion changes, or null for no drift;
     *                     when set it lies inside {@code start..end}
     * @param outputDir    where the files are written (created when missing; existing files are replaced)
     * @param reps         how many sales reps, 1..{@link #MAX_REPS}, or 0 for about one per 40 accounts (3..200)
     * @param skillEffect  how strongly a rep's skill acts on winning and losing: the skill multipliers of the buying
     *                     chain are raised to this power (1, the default, keeps the documented story; 0 turns skill off)
     */
    record Settings(int accounts, long seed, LocalDate start, LocalDate end, boolean orderEffects, LocalDate drift,
                    Path outputDir, int reps, double skillEffect) {
        /** The most reps one run has. */
        public static final int MAX_REPS = 1000;

        /** The documented story: about one rep per 40 accounts, skill acting with strength 1. */
        public Settings(int accounts, long seed, LocalDate start, LocalDate end, boolean orderEffects, LocalDate drift, Path outputDir) {
            this(accounts, seed, start, end, orderEffects, drift, outputDir, 0, 1.0);
        }

        public Settings {
            if (reps < 0 || reps > MAX_REPS) {
                throw new IllegalArgumentException("reps must be between 0 (automatic) and " + MAX_REPS + ": " + reps);
            }
            if (!(skillEffect >= 0) || skillEffect > 5) {
                throw new IllegalArgumentException("skillEffect must be between 0 and 5: " + skillEffect);
            }
            if (accounts < 1 || accounts > MAX_ACCOUNTS) {
                throw new IllegalArgumentException("accounts must be between 1 and " + MAX_ACCOUNTS + ": " + accounts);
            }
            if (start == null) {
                throw new IllegalArgumentException("start must not be empty");
            }
            if (end == null) {
                throw new IllegalArgumentException("end must not be empty");
            }
            if (!end.isAfter(start)) {
                throw new IllegalArgumentException("end must be after start: " + start + " .. " + end);
            }
            if (ChronoUnit.DAYS.between(start, end) > MAX_DAYS) {
                throw new IllegalArgumentException("end must be at most " + MAX_DAYS + " days after start: " + start + " .. " + end);
            }
            if (drift != null && (drift.isBefore(start) || drift.isAfter(end))) {
                throw new IllegalArgumentException("drift must lie between start and end: " + drift);
            }
            Objects.requireNonNull(outputDir, "outputDir must not be empty");
        }
    }

    /** How many rows each file received, and the files written. */
    record Summary(int accounts, int reps, long leads, long events, long notes, long outcomes, long intentSignals,
                   long truthProbabilities, List<Path> files) {
        public Summary {
            files = List.copyOf(files);
        }
    }

    /** Hears how far a run has come; called from the simulating thread. */
    @FunctionalInterface
    interface Progress {
        Progress NONE = (done, total, events) -> {
        };

        void accountsDone(int done, int total, long eventsSoFar);
    }

    /**
     * Runs the simulation and writes the files under {@code settings.outputDir()}.
     *
     * @throws java.io.UncheckedIOException when a file cannot be written
     */
    Summary simulate(Settings settings, Progress progress);
}
