package dev.leadscope.domain.port.in;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Trains, evaluates and applies conversion models on a flat table of leads (one row per lead, one column per
 * field, as a CRM export gives it). Implementations are found with {@link java.util.ServiceLoader}; they are
 * thread-safe and hold no state between calls.
 *
 * <p>Errors: {@link InsufficientTrainingDataException} when a label has too few converted or not-converted
 * rows; {@link IllegalArgumentException} for bad input (a missing column, an unreadable label, a model made
 * for other columns), its message naming the column or line; {@link java.io.UncheckedIOException} when a
 * file cannot be read or written.
 */
public interface TabularModelUseCase {

    /**
     * A labelled table to learn from.
     *
     * @param csv           the CSV file (delimiter , ; or tab; header row; RFC 4180 quotes)
     * @param idColumn      the column that identifies a row; never a feature
     * @param labelColumn   the outcome column: 1/0, yes/no or true/false in any case
     * @param exclude       further columns that must not be features (leaky or identifying)
     * @param timeColumn    when set, the split is time-ordered on this column instead of random
     * @param missingTokens cell values that mean "missing" besides the empty cell (default: {@code Select})
     * @param segments      columns to break the evaluation down by; empty means detect source/industry/region-like columns
     */
    record Dataset(Path csv, String idColumn, String labelColumn, List<String> exclude, String timeColumn,
                   List<String> missingTokens, List<String> segments) {
        public Dataset {
            Objects.requireNonNull(csv, "csv must not be empty");
            requireText("label column", labelColumn);
            requireText("id column", idColumn);
            exclude = exclude == null ? List.of() : List.copyOf(exclude);
            missingTokens = missingTokens == null ? List.of("Select") : List.copyOf(missingTokens);
            segments = segments == null ? List.of() : List.copyOf(segments);
            if (timeColumn != null && timeColumn.isBlank()) {
                timeColumn = null;
            }
        }
    }

    /**
     * Train a model on all rows and save it.
     *
     * @param rulesFile the points rules of the baseline (YAML), or null for the shipped default
     * @param modelOut  a directory that does not exist yet or is empty; model artifacts are immutable
     * @param report    where to write the report (.md or .json), or null for none
     */
    record TrainRequest(Dataset data, long seed, Path modelOut, Path report, Path rulesFile) {
        public TrainRequest {
            Objects.requireNonNull(data, "data must not be empty");
            Objects.requireNonNull(modelOut, "modelOut must not be empty");
        }
    }

    /**
     * Split the rows (seeded and stratified, or by time), train on one part and report on the other.
     *
     * @param testFraction share of rows held out, in (0, 0.9]
     * @param report       where to write the report (.md or .json), or null for none
     */
    record EvaluateRequest(Dataset data, long seed, double testFraction, Path report, Path rulesFile) {
        public EvaluateRequest {
            Objects.requireNonNull(data, "data must not be empty");
            if (!(testFraction > 0.0 && testFraction <= 0.9)) {
                throw new IllegalArgumentException("testFraction must be in (0, 0.9]: " + testFraction);
            }
        }
    }

    /** Score every row of an unlabelled CSV with a saved model and write {@code id,probability,tier,reasons}. */
    record ScoreRequest(Path model, Path csv, String idColumn, Path out) {
        public ScoreRequest {
            Objects.requireNonNull(model, "model must not be empty");
            Objects.requireNonNull(csv, "csv must not be empty");
            requireText("id column", idColumn);
            Objects.requireNonNull(out, "out must not be empty");
        }
    }

    /** The headline quality of one model on held-out rows. */
    record Headline(String model, double rocAuc, double prAuc, double logLoss, double brier,
                    double calibrationError, double liftAtTop10) {
        public Headline {
            requireText("model", model);
        }
    }

    /**
     * What a training or evaluation run produced.
     *
     * @param modelVersion   the saved model's version, or null when nothing was saved (evaluation)
     * @param headlines      the model first, then the comparison models
     * @param warnings       segment and data warnings a human should read
     * @param reportMarkdown the full report as Markdown
     */
    record RunSummary(String modelVersion, int trainingRows, int evaluationRows, int positives, int negatives,
                      List<Headline> headlines, List<String> warnings, String reportMarkdown) {
        public RunSummary {
            headlines = List.copyOf(headlines);
            warnings = List.copyOf(warnings);
        }
    }

    /** How a scoring run went; {@code problems} name the line of each row scored with missing values or skipped. */
    record ScoreSummary(int rowsScored, int rowsSkipped, List<String> problems, String modelVersion) {
        public ScoreSummary {
            problems = List.copyOf(problems);
        }
    }

    /** Hears what a long run is doing; messages are short and human-readable. */
    @FunctionalInterface
    interface Progress {
        Progress NONE = message -> {
        };

        void step(String message);
    }

    /** Trains on all rows (with an internal validation fold for early stopping and calibration) and saves the model. */
    RunSummary train(TrainRequest request, Progress progress);

    /** Trains on a split and reports on the held-out part; saves nothing but the report. */
    RunSummary evaluate(EvaluateRequest request, Progress progress);

    /** Scores an unlabelled CSV with a saved model. */
    ScoreSummary score(ScoreRequest request, Progress progress);

    private static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be empty");
        }
    }
}
