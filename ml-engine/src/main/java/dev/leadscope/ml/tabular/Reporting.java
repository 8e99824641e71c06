package dev.leadscope.ml.tabular;

import dev.leadscope.ml.evaluation.EvaluationReport;
import dev.leadscope.ml.evaluation.Importance;
import dev.leadscope.ml.evaluation.ModelMetrics;
import dev.leadscope.ml.evaluation.ReportWriter;
import dev.leadscope.ml.evaluation.SegmentMetrics;
import dev.leadscope.ml.evaluation.Segments;
import dev.leadscope.ml.evaluation.TierPolicy;
import dev.leadscope.ml.feature.FeatureSchema;
import dev.leadscope.ml.fit.BoostingParams;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Measures fitted models on held-out rows and assembles the report. */
final class Reporting {
    static final String MODEL = "gradient-boosted trees (calibrated)";
    static final String LOGISTIC = "logistic regression (L2)";
    static final String POINTS = "points rules baseline";

    private Reporting() {
    }

    static EvaluationReport report(String title, String dataset, String split, int trainingRows, ModelFitting.Fitted f,
                                   LabelledData held, double[] model, double[] logistic, double[] points,
                                   List<String> segmentColumns, String note) {
        List<ModelMetrics> models = List.of(
                ModelMetrics.of(MODEL, model, held.labels(), TierPolicy.DEFAULTS),
                ModelMetrics.of(LOGISTIC, logistic, held.labels(), TierPolicy.DEFAULTS),
                ModelMetrics.of(POINTS + " (" + f.points().name() + ")", points, held.labels(), TierPolicy.DEFAULTS));
        List<String> columns = segmentColumns.isEmpty()
                ? Segments.detect(held.table(), new ArrayList<>(held.excluded()))
                : segmentColumns;
        List<SegmentMetrics> segments = Segments.measure(held.table(), model, held.labels(), columns);
        List<String> warnings = new ArrayList<>(Segments.warnings(segments, models.get(0).rocAuc(), models.get(0).calibrationError()));
        if (models.get(0).rocAuc() <= models.get(2).rocAuc()) {
            warnings.add("the model does not beat the points rules baseline on ROC AUC");
        }
        for (String r : held.rejectedRows()) {
            warnings.add("row not read: " + r);
        }
        return new EvaluationReport(title, dataset, split, trainingRows, held.labels().length, held.positives(),
                f.calibration().chosen().name(), f.calibration().plattLogLoss(), f.calibration().isotonicLogLoss(),
                f.trees().rounds(), hyperparameters(f), models, segments, warnings,
                importance(f.schema(), f.trees().model().totalGain()), note);
    }

    static Map<String, Object> hyperparameters(ModelFitting.Fitted f) {
        BoostingParams p = BoostingParams.DEFAULTS;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("max_depth", p.maxDepth());
        m.put("eta", p.eta());
        m.put("subsample", p.subsample());
        m.put("colsample_bytree", p.colsampleByTree());
        m.put("min_child_weight", p.minChildWeight());
        m.put("lambda", p.lambda());
        m.put("scale_pos_weight", Math.round(f.trees().scalePosWeight() * 1000) / 1000.0);
        return m;
    }

    static List<Importance> importance(FeatureSchema schema, double[] gain) {
        Map<String, Double> byColumn = new LinkedHashMap<>();
        int[] owners = schema.owners();
        double total = 0;
        for (int i = 0; i < gain.length; i++) {
            byColumn.merge(schema.encoders().get(owners[i]).column(), gain[i], Double::sum);
            total += gain[i];
        }
        double t = total == 0 ? 1 : total;
        return byColumn.entrySet().stream()
                .map(e -> new Importance(e.getKey(), e.getValue() / t))
                .sorted((a, b) -> Double.compare(b.gainShare(), a.gainShare()))
                .toList();
    }

    /** Writes the report as JSON when the file name ends in .json, else as Markdown. */
    static void write(EvaluationReport report, Path file) {
        if (file == null) {
            return;
        }
        String text = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json")
                ? ReportWriter.json(report) : ReportWriter.markdown(report);
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report " + file + ": " + e.getMessage(), e);
        }
    }
}
