package dev.leadscope.ml.tabular;

import dev.leadscope.domain.port.in.TabularModelUseCase;
import dev.leadscope.ml.artifact.ModelArtifacts;
import dev.leadscope.ml.artifact.ModelManifest;
import dev.leadscope.ml.baseline.PointsModel;
import dev.leadscope.ml.evaluation.EvaluationReport;
import dev.leadscope.ml.evaluation.ModelMetrics;
import dev.leadscope.ml.evaluation.ReportWriter;
import dev.leadscope.ml.evaluation.Split;
import dev.leadscope.ml.evaluation.TierPolicy;
import dev.leadscope.ml.feature.FeatureOptions;
import dev.leadscope.ml.fit.BoostingParams;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Trains, evaluates and scores tree models on flat lead tables; found by {@link java.util.ServiceLoader}. */
public final class TabularModelService implements TabularModelUseCase {
    private final BoostingParams params;
    private final FeatureOptions options;

    public TabularModelService() {
        this(BoostingParams.DEFAULTS, FeatureOptions.DEFAULTS);
    }

    public TabularModelService(BoostingParams params, FeatureOptions options) {
        this.params = params;
        this.options = options;
    }

    @Override
    public RunSummary evaluate(EvaluateRequest request, Progress progress) {
        Dataset d = request.data();
        progress.step("reading " + d.csv());
        LabelledData all = LabelledData.load(d);
        Split split = all.times() != null
                ? Split.byTime(all.times(), request.testFraction(), d.timeColumn())
                : Split.stratified(all.labels(), request.testFraction(), request.seed());
        LabelledData train = all.select(split.train());
        LabelledData test = all.select(split.held());
        progress.step(split.description() + ": " + split.train().length + " training rows, " + split.held().length + " held out");
        ModelFitting.Fitted f = ModelFitting.fit(train, params, options, rules(request.rulesFile(), all), request.seed(), progress);
        float[] x = f.schema().encode(test.table());
        int n = test.labels().length;
        double[] margins = f.trees().model().margins(x, n);
        double[] model = new double[n];
        double[] points = f.points().points(test.table());
        for (int i = 0; i < n; i++) {
            model[i] = f.calibration().chosen().apply(margins[i]);
            points[i] = f.pointsCalibration().apply(points[i]);
        }
        EvaluationReport report = Reporting.report("Evaluation on held-out rows", d.csv().toString(), split.description(),
                train.labels().length, f, test, model, f.logistic().predict(x), points, d.segments(), null);
        Reporting.write(report, request.report());
        return summary(null, train.labels().length, all, report);
    }

    @Override
    public RunSummary train(TrainRequest request, Progress progress) {
        Dataset d = request.data();
        progress.step("reading " + d.csv());
        LabelledData all = LabelledData.load(d);
        ModelFitting.Fitted f = ModelFitting.fit(all, params, options, rules(request.rulesFile(), all), request.seed(), progress);
        LabelledData valid = f.validation();
        double[] model = f.calibration().outOfFold();
        double[] points = f.points().points(valid.table());
        for (int i = 0; i < points.length; i++) {
            points[i] = f.pointsCalibration().apply(points[i]);
        }
        EvaluationReport report = Reporting.report("Training report (validation fold)", d.csv().toString(),
                "validation fold of " + valid.labels().length + " rows carved from the training data",
                all.labels().length - valid.labels().length, f, valid, model, f.logistic().predict(f.validationMatrix()),
                points, d.segments(), "the fold also chose the number of trees; the model's probabilities on it are "
                        + "out-of-fold calibrated. Use 'evaluate' for a fully held-out estimate.");
        Instant now = Instant.now();
        String version = "tree-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(now)
                + "-" + f.schema().hash().substring(0, 8);
        byte[] trees = f.trees().model().toBytes();
        ModelManifest manifest = new ModelManifest(ModelArtifacts.FORMAT_VERSION, version, now.toString(), d.labelColumn(),
                d.idColumn(), new ArrayList<>(all.excluded()), d.missingTokens(), f.schema(), f.schema().hash(),
                f.calibration().chosen(), TierPolicy.DEFAULTS, params, f.trees().rounds(), f.trees().scalePosWeight(),
                request.seed(), all.fingerprint(), all.labels().length, all.positives(), ModelArtifacts.sha256(trees),
                Map.of("xgboost4j", ModelArtifacts.treeLibraryVersion(), "java", System.getProperty("java.version")),
                ReportWriter.headline(report.models().get(0)));
        progress.step("saving model " + version + " to " + request.modelOut());
        ModelArtifacts.save(request.modelOut(), manifest, trees);
        Reporting.write(report, request.report());
        return summary(version, all.labels().length, all, report);
    }

    @Override
    public ScoreSummary score(ScoreRequest request, Progress progress) {
        return new BatchScorer(progress).score(request);
    }

    private static PointsModel rules(java.nio.file.Path file, LabelledData data) {
        return file == null ? PointsModel.defaultFor(data.table().columns()) : PointsModel.load(file);
    }

    private static RunSummary summary(String version, int trainingRows, LabelledData all, EvaluationReport r) {
        List<Headline> headlines = new ArrayList<>();
        for (ModelMetrics m : r.models()) {
            headlines.add(new Headline(m.model(), m.rocAuc(), m.prAuc(), m.logLoss(), m.brier(), m.calibrationError(),
                    m.top().get(1).lift()));
        }
        int pos = all.positives();
        return new RunSummary(version, trainingRows, r.heldRows(), pos, all.labels().length - pos, headlines,
                r.warnings(), ReportWriter.markdown(r));
    }
}
