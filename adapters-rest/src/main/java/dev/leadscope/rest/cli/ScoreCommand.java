package dev.leadscope.rest.cli;

import dev.leadscope.domain.port.in.TabularModelUseCase;
import dev.leadscope.domain.port.in.TabularModelUseCase.ScoreSummary;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code leadscope score}: scores every row of an unlabelled CSV with a saved model. */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = {"Score a CSV with a saved model.",
            "Writes id,probability,tier,reasons for every row.",
            "Cells that do not fit their column's type are scored as missing and reported with their line;",
            "unreadable rows and rows without an id are skipped and reported. Exit codes: 0 ok, 1 failure, 2 usage."})
public final class ScoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "DIR", description = "A model directory written by 'train'")
    Path model;

    @Option(names = "--csv", required = true, paramLabel = "FILE", description = "Rows to score")
    Path csv;

    @Option(names = "--id", required = true, paramLabel = "COLUMN", description = "Column identifying a row")
    String id;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the scores")
    Path out;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        ScoreSummary s = TrainCommand.useCase().score(new TabularModelUseCase.ScoreRequest(model, csv, id, out),
                message -> err.println("[score] " + message));
        double seconds = (System.nanoTime() - start) / 1e9;
        for (String p : s.problems()) {
            err.println("warning: " + p);
        }
        spec.commandLine().getOut().printf(Locale.ROOT, "scored %d rows (%d skipped) with model %s in %.1f s; wrote %s%n",
                s.rowsScored(), s.rowsSkipped(), s.modelVersion(), seconds, out);
        return 0;
    }
}
