package dev.leadscope.ml.tabular;

import dev.leadscope.domain.port.in.TabularModelUseCase.Progress;
import dev.leadscope.domain.port.in.TabularModelUseCase.ScoreRequest;
import dev.leadscope.domain.port.in.TabularModelUseCase.ScoreSummary;
import dev.leadscope.domain.scoring.Reason;
import dev.leadscope.ml.artifact.ModelArtifacts;
import dev.leadscope.ml.artifact.ModelBundle;
import dev.leadscope.ml.explain.Explanation;
import dev.leadscope.ml.feature.BooleanEncoder;
import dev.leadscope.ml.feature.ColumnEncoder;
import dev.leadscope.ml.feature.FeatureSchema;
import dev.leadscope.ml.feature.NumberEncoder;
import dev.leadscope.ml.feature.TimestampEncoder;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Scores an unlabelled CSV with a saved model and writes {@code id,probability,tier,reasons}. Cells that do
 * not parse as their column's type are scored as missing and reported with their line; rows that cannot be
 * read, or have no id, are skipped and reported.
 */
final class BatchScorer {
    private static final int CHUNK = 5_000;
    private final Progress progress;

    BatchScorer(Progress progress) {
        this.progress = progress;
    }

    ScoreSummary score(ScoreRequest request) {
        ModelBundle model = ModelArtifacts.load(request.model(), Runtime.getRuntime().availableProcessors());
        progress.step("model " + model.manifest().modelVersion() + "; reading " + request.csv());
        TableReader.Result read = new TableReader(model.manifest().missingTokens()).read(request.csv());
        Table all = read.table();
        List<String> problems = new ArrayList<>(read.rejectedRows());
        int idColumn = all.column(request.idColumn());
        FeatureSchema schema = model.manifest().schema();
        schema.bind(all);
        List<Integer> keep = new ArrayList<>();
        for (int r = 0; r < all.rowCount(); r++) {
            if (all.cell(r, idColumn) == null) {
                problems.add("line " + all.line(r) + ": no value in id column '" + request.idColumn() + "'; row skipped");
            } else {
                keep.add(r);
                problems.addAll(badCells(all, r, schema));
            }
        }
        Table table = all.select(keep.stream().mapToInt(Integer::intValue).toArray());
        try {
            if (request.out().getParent() != null) {
                Files.createDirectories(request.out().getParent());
            }
            try (BufferedWriter out = Files.newBufferedWriter(request.out(), StandardCharsets.UTF_8)) {
                out.write("id,probability,tier,reasons\n");
                for (int from = 0; from < table.rowCount(); from += CHUNK) {
                    int[] rows = range(from, Math.min(table.rowCount(), from + CHUNK));
                    Table chunk = table.select(rows);
                    float[] x = schema.encode(chunk);
                    double[] p = model.probabilities(x, rows.length);
                    List<Explanation> why = model.explain(chunk, x, 3);
                    for (int i = 0; i < rows.length; i++) {
                        out.write(csv(chunk.cell(i, idColumn)) + ',' + String.format(Locale.ROOT, "%.6f", p[i]) + ','
                                + model.tier(p[i]).name() + ',' + csv(words(why.get(i))) + '\n');
                    }
                    progress.step("scored " + (from + rows.length) + " of " + table.rowCount() + " rows");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + request.out() + ": " + e.getMessage(), e);
        }
        return new ScoreSummary(table.rowCount(), all.rowCount() - table.rowCount() + read.rejectedRows().size(),
                problems, model.manifest().modelVersion());
    }

    private static List<String> badCells(Table t, int r, FeatureSchema schema) {
        List<String> out = new ArrayList<>();
        for (ColumnEncoder e : schema.encoders()) {
            String cell = t.cell(r, t.column(e.column()));
            if (cell == null) {
                continue;
            }
            String expected = e instanceof NumberEncoder && Double.isNaN(Values.number(cell)) ? "a number"
                    : e instanceof BooleanEncoder && Values.bool(cell) == null ? "yes/no"
                    : e instanceof TimestampEncoder && Values.instant(cell) == null ? "a date or time" : null;
            if (expected != null) {
                out.add("line " + t.line(r) + ": column '" + e.column() + "' has '" + cell + "', not " + expected
                        + "; scored as missing");
            }
        }
        return out;
    }

    private static String words(Explanation e) {
        List<String> parts = new ArrayList<>();
        for (Reason r : e.positive()) {
            parts.add("+ " + r.text());
        }
        for (Reason r : e.negative()) {
            parts.add("- " + r.text());
        }
        return String.join("; ", parts);
    }

    private static String csv(String v) {
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    private static int[] range(int from, int to) {
        int[] r = new int[to - from];
        Arrays.setAll(r, i -> from + i);
        return r;
    }
}
