package dev.leadscope.ml.sequence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * Trains a {@link SequenceModel} on labelled examples (a lead's events and the moment it was scored): fits the
 * vocabulary, encodes with the one encoder, trains the network and records provenance. Not thread-safe.
 */
public final class SequenceModelTrainer {
    private final LstmParams params;
    private final Consumer<String> progress;

    public SequenceModelTrainer(LstmParams params, Consumer<String> progress) {
        this.params = params;
        this.progress = progress;
    }

    /** One labelled example: the time-ordered events of a lead, the scoring moment and whether it converted. */
    public record Example(List<SequenceEvent> events, Instant at, boolean converted) {
        public Example {
            events = List.copyOf(events);
        }
    }

    /** Trains on the examples, holding out a seeded validation share for early stopping. */
    public SequenceModel train(List<Example> examples, long seed) {
        return train(examples, List.of(), seed);
    }

    /**
     * Trains on {@code examples} and stops early on {@code validation}; when that is empty a seeded random share
     * of the examples is held out instead.
     */
    public SequenceModel train(List<Example> examples, List<Example> validation, long seed) {
        List<List<SequenceEvent>> histories = new ArrayList<>(examples.size());
        for (Example e : examples) {
            histories.add(e.events());
        }
        SequenceEncoder encoder = new SequenceEncoder(EventVocabulary.fit(histories, params.maxTypes(), params.maxCategories()),
                params.window());
        List<float[][]> encoded = new ArrayList<>(examples.size());
        int[] labels = new int[examples.size()];
        int positives = 0;
        for (int i = 0; i < examples.size(); i++) {
            encoded.add(encoder.encode(examples.get(i).events(), examples.get(i).at()));
            labels[i] = examples.get(i).converted() ? 1 : 0;
            positives += labels[i];
        }
        progress.accept("training the sequence network on " + examples.size() + " sequences (" + positives + " converted), "
                + encoder.width() + " inputs per step, " + params.hidden() + " units");
        LstmTrainer trainer = new LstmTrainer(params, progress);
        LstmTrainer.Trained t;
        if (validation.isEmpty()) {
            t = trainer.train(encoded, labels, encoder.width(), seed);
        } else {
            List<float[][]> valid = new ArrayList<>(validation.size());
            int[] validLabels = new int[validation.size()];
            for (int i = 0; i < validation.size(); i++) {
                valid.add(encoder.encode(validation.get(i).events(), validation.get(i).at()));
                validLabels[i] = validation.get(i).converted() ? 1 : 0;
            }
            t = trainer.train(encoded, labels, valid, validLabels, encoder.width(), seed);
        }
        SequenceProvenance provenance = new SequenceProvenance(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                fingerprint(examples), examples.size(), positives, params, seed, t.epochsRun(), t.bestEpoch(), t.validationAuc(),
                Map.of("deeplearning4j", libraryVersion(), "java", System.getProperty("java.version")));
        return SequenceArtifact.of(encoder, t.network(), provenance);
    }

    static String fingerprint(List<Example> examples) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            for (Example e : examples) {
                d.update((e.at() + "|" + e.converted() + "|" + e.events().size()).getBytes(StandardCharsets.UTF_8));
                for (SequenceEvent ev : e.events()) {
                    d.update((ev.type() + ";" + ev.category() + ";" + ev.at()).getBytes(StandardCharsets.UTF_8));
                }
            }
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** The network library's version from its jar's Maven metadata ("unknown" when it is not packaged with it). */
    public static String libraryVersion() {
        try (java.io.InputStream in = MultiLayerNetwork.class.getResourceAsStream(
                "/META-INF/maven/org.deeplearning4j/deeplearning4j-nn/pom.properties")) {
            if (in == null) {
                return "unknown";
            }
            java.util.Properties p = new java.util.Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
