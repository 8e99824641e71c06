package dev.leadscope.ml.sequence;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.impl.LossMCXENT;

/** The library side of the sequence model: network layout, padded batches, weight export and serialisation. */
final class Dl4jNetworks {
    private Dl4jNetworks() {
    }

    /** One LSTM layer read at its last real step, then a two-class softmax weighted by {@code positiveWeight}. */
    static MultiLayerNetwork create(int inputs, LstmParams p, double positiveWeight, long seed) {
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder()
                .seed(seed)
                .dataType(DataType.FLOAT)
                .updater(new Adam(p.learningRate()))
                .weightInit(WeightInit.XAVIER)
                .l2(p.l2())
                .list()
                .layer(new LastTimeStep(new LSTM.Builder().nIn(inputs).nOut(p.hidden()).activation(Activation.TANH)
                        .gateActivationFunction(Activation.SIGMOID).build()))
                .layer(new OutputLayer.Builder(new LossMCXENT(Nd4j.create(new double[] {1.0, positiveWeight}).castTo(DataType.FLOAT)))
                        .nIn(p.hidden()).nOut(2).activation(Activation.SOFTMAX).build())
                .setInputType(InputType.recurrent(inputs))
                .build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        return net;
    }

    /** Features [n, width, maxLen] in 'f' order, right-padded, and the mask [n, maxLen]. */
    static INDArray[] batch(List<float[][]> sequences, int width) {
        int n = sequences.size();
        int t = 0;
        for (float[][] s : sequences) {
            t = Math.max(t, s.length);
        }
        float[] x = new float[n * width * t];
        float[] m = new float[n * t];
        for (int i = 0; i < n; i++) {
            float[][] s = sequences.get(i);
            for (int step = 0; step < s.length; step++) {
                float[] v = s[step];
                int base = i + n * width * step;
                for (int f = 0; f < width; f++) {
                    x[base + n * f] = v[f];
                }
                m[i + n * step] = 1f;
            }
        }
        INDArray features = Nd4j.create(x, new long[] {n, width, t}, 'f');
        INDArray mask = Nd4j.create(m, new long[] {n, t}, 'f');
        return new INDArray[] {features, mask};
    }

    /** Log-odds (class 1 against class 0) of each sequence, one library call for the whole batch. */
    static double[] logits(MultiLayerNetwork net, List<float[][]> sequences, int width) {
        INDArray[] b = batch(sequences, width);
        INDArray out = net.output(b[0], false, b[1], null);
        double[] z = new double[sequences.size()];
        for (int i = 0; i < z.length; i++) {
            double p0 = out.getDouble(i, 0);
            double p1 = out.getDouble(i, 1);
            z[i] = Math.log(Math.max(p1, 1e-30)) - Math.log(Math.max(p0, 1e-30));
        }
        return z;
    }

    /** The network's weights as plain arrays for the forward pass of {@link LstmWeights}. */
    static LstmWeights weights(MultiLayerNetwork net) {
        INDArray w = net.getLayer(0).getParam("W");
        INDArray rw = net.getLayer(0).getParam("RW");
        INDArray b = net.getLayer(0).getParam("b");
        INDArray ow = net.getLayer(1).getParam("W");
        INDArray ob = net.getLayer(1).getParam("b");
        int inputs = (int) w.size(0);
        int hidden = (int) rw.size(0);
        float[] out = new float[hidden];
        for (int i = 0; i < hidden; i++) {
            out[i] = ow.getFloat(i, 1) - ow.getFloat(i, 0);
        }
        float[] bias = ob.dup('c').reshape(-1).toFloatVector();
        float outBias = bias[1] - bias[0];
        return new LstmWeights(inputs, hidden, rowMajor(w), rowMajor(rw), b.dup('c').reshape(-1).toFloatVector(), out, outBias);
    }

    private static float[] rowMajor(INDArray m) {
        return m.dup('c').reshape(-1).toFloatVector();
    }

    static byte[] toBytes(MultiLayerNetwork net) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ModelSerializer.writeModel(net, out, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static MultiLayerNetwork fromBytes(byte[] bytes) {
        try {
            return ModelSerializer.restoreMultiLayerNetwork(new ByteArrayInputStream(bytes), false);
        } catch (IOException e) {
            throw new IllegalArgumentException("the sequence network cannot be read: " + e.getMessage(), e);
        }
    }
}
