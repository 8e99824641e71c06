package dev.leadscope.ml.tabular;

import dev.leadscope.domain.port.in.TabularModelUseCase.Progress;
import dev.leadscope.ml.baseline.LogisticRegression;
import dev.leadscope.ml.baseline.PointsModel;
import dev.leadscope.ml.calibration.CalibrationChoice;
import dev.leadscope.ml.calibration.PlattScaling;
import dev.leadscope.ml.evaluation.Split;
import dev.leadscope.ml.feature.FeatureOptions;
import dev.leadscope.ml.feature.FeaturePipeline;
import dev.leadscope.ml.feature.FeatureSchema;
import dev.leadscope.ml.fit.BoostingParams;
import dev.leadscope.ml.fit.TreeTrainer;

/**
 * Fits the tree model and its comparison models on training rows: carves a validation fold (stratified, or
 * the latest rows when there is time), fits the features on the rest, trains the trees with early stopping on
 * the fold, chooses and fits the calibration on the fold, and fits the logistic regression and the points
 * baseline on the rest.
 */
public final class ModelFitting {
    private ModelFitting() {
    }

    /** What a fit produced; {@code validation} are the rows of the fold, {@code validationProbabilities} their out-of-fold calibrated scores. */
    public record Fitted(FeatureSchema schema, TreeTrainer.Trained trees, CalibrationChoice calibration,
                         LogisticRegression logistic, PointsModel points, PlattScaling pointsCalibration,
                         LabelledData validation, float[] validationMatrix) {
    }

    public static Fitted fit(LabelledData data, BoostingParams params, FeatureOptions options, PointsModel rules,
                             long seed, Progress progress) {
        Split split = data.times() != null
                ? Split.byTime(data.times(), params.validationFraction(), "time")
                : Split.stratified(data.labels(), params.validationFraction(), seed + 1);
        LabelledData fitPart = data.select(split.train());
        LabelledData valid = data.select(split.held());
        LabelledData.requireEnough(fitPart.labels());
        progress.step(String.format(java.util.Locale.ROOT, "fitting features on %d rows (%d held for early stopping and calibration)",
                fitPart.labels().length, valid.labels().length));
        FeaturePipeline.Fitted features = FeaturePipeline.fit(fitPart.table(), fitPart.labels(), data.excluded(), options, seed);
        FeatureSchema schema = features.schema();
        float[] validX = schema.encode(valid.table());
        progress.step("training trees on " + schema.width() + " features from " + schema.columns().size() + " columns");
        TreeTrainer.Trained trees = new TreeTrainer(params, Runtime.getRuntime().availableProcessors())
                .train(features.matrix(), fitPart.labels(), validX, valid.labels(), schema.width(), seed);
        progress.step("trained " + trees.rounds() + " rounds; calibrating");
        double[] margins = trees.model().margins(validX, valid.labels().length);
        CalibrationChoice calibration = CalibrationChoice.choose(margins, valid.labels(), 5, seed);
        progress.step("calibration: " + calibration.chosen().name() + "; fitting the logistic regression and the points baseline");
        LogisticRegression logistic = LogisticRegression.fit(features.matrix(), fitPart.labels(), schema.width(),
                LogisticRegression.DEFAULT_L2);
        PlattScaling pointsCalibration = rules.calibrate(fitPart.table(), fitPart.labels());
        return new Fitted(schema, trees, calibration, logistic, rules, pointsCalibration, valid, validX);
    }
}
