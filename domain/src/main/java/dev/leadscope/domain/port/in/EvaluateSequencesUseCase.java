package dev.leadscope.domain.port.in;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Measures what the sequence model over behavioural events adds: trains it out-of-fold on a time split of a
 * labelled event log, blends it into the tree model and prints the ablation table (profile only, aggregates
 * only, both, the sequence model only, the blend) with ROC AUC pooled and per slice. Implementations are found
 * with {@link java.util.ServiceLoader}; they hold no state between calls.
 *
 * <p>Errors: {@link IllegalArgumentException} for bad input, naming the file, line and column;
 * {@link java.io.UncheckedIOException} when a file cannot be read or the report cannot be written.
 */
public interface EvaluateSequencesUseCase {

    /** Which kind of event log {@link Request#data()} holds. */
    enum Source {
        /** The BPI Challenge 2012 loan log flattened to {@code cases.csv} and {@code events.csv}. */
        BPIC2012,
        /** A run of {@code leadscope simulate}, with its ground truth. */
        SIMULATOR
    }

    /** What one simulator example is: an account (every lead's events) or a lead (its own events, its peers' marked). */
    enum Unit {
        /** An account on a Monday, reading the events of all its leads as one stream. */
        ACCOUNT,
        /** A lead on a Monday, reading its own events and, marked as a peer's, those of the other leads of its account. */
        LEAD
    }

    /**
     * One evaluation.
     *
     * @param source       the kind of log
     * @param data         the folder holding it
     * @param split        the first moment of the test period (BPIC: registration; simulator: scoring Monday)
     * @param hidden       units of the sequence network
     * @param maxEpochs    most training epochs (early stopping usually ends sooner)
     * @param window       most recent events the network reads
     * @param perAccount   simulator: most Mondays sampled per account (per lead with {@link Unit#LEAD}) and period
     * @param unit         simulator: what one example is (BPIC ignores it)
     * @param seed         seed of every random choice
     * @param report       where to write the Markdown report, or null
     */
    record Request(Source source, Path data, Instant split, int hidden, int maxEpochs, int window, int perAccount, Unit unit,
                   long seed, Path report) {
        public Request {
            Objects.requireNonNull(source, "source must not be empty");
            Objects.requireNonNull(data, "data must not be empty");
            Objects.requireNonNull(split, "split must not be empty");
            Objects.requireNonNull(unit, "unit must not be empty");
            if (hidden < 1 || maxEpochs < 1 || window < 1 || perAccount < 1) {
                throw new IllegalArgumentException("hidden, maxEpochs, window and perAccount must be positive: "
                        + hidden + ", " + maxEpochs + ", " + window + ", " + perAccount);
            }
        }
    }

    /**
     * What was measured.
     *
     * @param table      the ablation table and the training runs, Markdown
     * @param pooledAuc  pooled test ROC AUC per model name
     */
    record Result(String table, Map<String, Double> pooledAuc) {
        public Result {
            pooledAuc = Map.copyOf(pooledAuc);
        }
    }

    Result evaluate(Request request, Consumer<String> progress);
}
