package dev.leadscope.ml.sequence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * A trained LSTM over event sequences: the encoder it was trained with, the network (training, and the native
 * library's batches as a reference) and the same weights in plain Java (bulk and single leads, incremental state,
 * attribution).
 *
 * <p>Scores are log-odds of the class-weighted network, an engagement signal to be blended and calibrated,
 * not a calibrated probability. Thread-safe: the plain-Java paths share nothing mutable and the native
 * network is used under its own lock. See {@link SequenceArtifact} for storage.
 */
public final class SequenceModel {
    private final SequenceEncoder encoder;
    private final MultiLayerNetwork network;
    private final LstmWeights weights;
    private final SequenceProvenance provenance;
    private final String version;

    SequenceModel(SequenceEncoder encoder, MultiLayerNetwork network, SequenceProvenance provenance, String version) {
        this.encoder = encoder;
        this.network = network;
        this.weights = Dl4jNetworks.weights(network);
        this.provenance = provenance;
        this.version = version;
        if (weights.inputs() != encoder.width()) {
            throw new IllegalArgumentException("the network reads " + weights.inputs() + " inputs but the encoder writes " + encoder.width());
        }
    }

    /** Content hash of the network and its encoding; states made by another version are refused. */
    public String version() {
        return version;
    }

    public SequenceEncoder encoder() {
        return encoder;
    }

    public SequenceProvenance provenance() {
        return provenance;
    }

    MultiLayerNetwork network() {
        return network;
    }

    /** Log-odds for a lead scored at {@code at} from its time-ordered events (plain Java). */
    public double logit(List<SequenceEvent> events, Instant at) {
        return weights.logit(encoder.encode(events, at));
    }

    /** Log-odds of already-encoded sequences, through the plain-Java forward pass. */
    public double logitOfEncoded(float[][] steps) {
        return weights.logit(steps);
    }

    /**
     * Log-odds for many leads at once (the bulk path): the plain-Java forward pass on every core, which on these
     * machines scores several times as many sequences per second as the library's batches and gives each lead the
     * same value as {@link #logit(List, Instant)} to the bit.
     */
    public double[] logits(List<List<SequenceEvent>> histories, List<Instant> at) {
        requireMoments(histories, at);
        double[] out = new double[histories.size()];
        IntStream.range(0, out.length).parallel().forEach(i -> out[i] = logit(histories.get(i), at.get(i)));
        return out;
    }

    /** Log-odds of already-encoded sequences through the plain-Java forward pass, on every core. */
    public double[] logitsOfEncoded(List<float[][]> encoded) {
        double[] out = new double[encoded.size()];
        IntStream.range(0, out.length).parallel().forEach(i -> out[i] = weights.logit(encoded.get(i)));
        return out;
    }

    /** Log-odds for many leads through the native library in batches of like length (the reference the plain pass is tested against). */
    public double[] libraryLogits(List<List<SequenceEvent>> histories, List<Instant> at) {
        return libraryLogitsOfEncoded(encodeAll(histories, at));
    }

    /** Log-odds of already-encoded sequences through the native library. */
    public double[] libraryLogitsOfEncoded(List<float[][]> encoded) {
        return SequenceScoring.logits(network, encoded, encoder.width());
    }

    private static void requireMoments(List<List<SequenceEvent>> histories, List<Instant> at) {
        if (histories.size() != at.size()) {
            throw new IllegalArgumentException(histories.size() + " histories but " + at.size() + " scoring moments");
        }
    }

    private List<float[][]> encodeAll(List<List<SequenceEvent>> histories, List<Instant> at) {
        requireMoments(histories, at);
        List<float[][]> encoded = new ArrayList<>(histories.size());
        for (int i = 0; i < histories.size(); i++) {
            encoded.add(encoder.encode(histories.get(i), at.get(i)));
        }
        return encoded;
    }

    /** The state of a lead with no events yet. */
    public SequenceState start() {
        int n = weights.hidden();
        return new SequenceState(version, new float[n], new float[n], new float[n], new float[n], null, null, 0);
    }

    /** The state after all of a lead's time-ordered events: what a restart or a model change rebuilds. */
    public SequenceState rebuild(List<SequenceEvent> history) {
        SequenceState s = start();
        for (SequenceEvent e : history) {
            s = advance(s, e);
        }
        return s;
    }

    /**
     * Steps the state by one new event: one LSTM step over the events read now and, past the next block's start,
     * one over the events since then; when the window moves on, the second becomes the first. At most two steps.
     *
     * @throws StaleSequenceStateException when the state was made by another model version
     * @throws IllegalArgumentException    when the event is older than the lead's latest event (rebuild from history)
     */
    public SequenceState advance(SequenceState state, SequenceEvent event) {
        requireCurrent(state);
        if (state.last() != null && event.at().isBefore(state.last())) {
            throw new IllegalArgumentException("event at " + event.at() + " is older than the lead's latest event at "
                    + state.last() + "; rebuild the state from the lead's history");
        }
        Instant first = state.first() == null ? event.at() : state.first();
        float[] step = encoder.step(event, state.last(), first);
        LstmWeights.Scratch scratch = weights.scratch();
        int index = state.events();
        int start = encoder.start(index);
        int moved = encoder.start(index + 1);
        float[] h;
        float[] c;
        if (moved == start) {
            h = state.h().clone();
            c = state.c().clone();
        } else {
            h = state.nextH().clone();
            c = state.nextC().clone();
        }
        weights.step(h, c, step, scratch);
        float[] nh = new float[weights.hidden()];
        float[] nc = new float[weights.hidden()];
        if (moved == start && index >= start + encoder.block()) {
            nh = state.nextH().clone();
            nc = state.nextC().clone();
        }
        if (index >= moved + encoder.block()) {
            weights.step(nh, nc, step, scratch);
        }
        return new SequenceState(version, h, c, nh, nc, first, event.at(), index + 1);
    }

    /**
     * Log-odds of the lead at {@code at} from its state: one more step (the scoring moment), the state itself is
     * left unchanged.
     *
     * @throws StaleSequenceStateException when the state was made by another model version
     */
    public double logit(SequenceState state, Instant at) {
        requireCurrent(state);
        if (state.last() != null && !at.isAfter(state.last())) {
            throw new IllegalArgumentException("scoring moment " + at + " must come after the latest event at " + state.last());
        }
        float[] h = state.h().clone();
        float[] c = state.c().clone();
        weights.step(h, c, encoder.now(at, state.last(), state.first()), weights.scratch());
        return weights.logit(h);
    }

    /**
     * Each event's contribution: the score at {@code at} with all events against the score with that one left out
     * (later gaps re-computed as if it never happened). Events at or after {@code at} are not part of the score
     * and get no contribution.
     */
    public List<EventContribution> attribute(List<SequenceEvent> events, Instant at) {
        double with = sigmoid(logit(events, at));
        List<EventContribution> out = new ArrayList<>();
        for (int i = 0; i < events.size() && events.get(i).at().isBefore(at); i++) {
            List<SequenceEvent> rest = new ArrayList<>(events);
            rest.remove(i);
            out.add(new EventContribution(i, events.get(i), with, sigmoid(logit(rest, at))));
        }
        return out;
    }

    private void requireCurrent(SequenceState state) {
        if (!state.modelVersion().equals(version)) {
            throw new StaleSequenceStateException(state.modelVersion(), version);
        }
    }

    static double sigmoid(double z) {
        return 1.0 / (1.0 + Math.exp(-z));
    }
}
