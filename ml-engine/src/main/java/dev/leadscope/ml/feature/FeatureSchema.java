package dev.leadscope.ml.feature;

import dev.leadscope.ml.tabular.Json;
import dev.leadscope.ml.tabular.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The fitted recipe that turns table rows into the model's feature vector: one encoder per source column
 * (two for a high-cardinality category). The same schema encodes training and serving rows; its
 * {@link #hash()} identifies it in model artifacts. Immutable and thread-safe.
 */
public record FeatureSchema(List<ColumnEncoder> encoders) {
    public FeatureSchema {
        encoders = List.copyOf(encoders);
        if (encoders.isEmpty()) {
            throw new IllegalArgumentException("a feature schema needs at least one column");
        }
    }

    /** The feature names in vector order. */
    public List<String> featureNames() {
        List<String> names = new ArrayList<>();
        for (ColumnEncoder e : encoders) {
            names.addAll(e.featureNames());
        }
        return names;
    }

    public int width() {
        int w = 0;
        for (ColumnEncoder e : encoders) {
            w += e.width();
        }
        return w;
    }

    /** The source columns the schema reads, in order. */
    public List<String> columns() {
        Set<String> cols = new LinkedHashSet<>();
        for (ColumnEncoder e : encoders) {
            cols.add(e.column());
        }
        return List.copyOf(cols);
    }

    /** For each feature, the position of the encoder that writes it. */
    public int[] owners() {
        int[] owners = new int[width()];
        int f = 0;
        for (int i = 0; i < encoders.size(); i++) {
            for (int k = 0; k < encoders.get(i).width(); k++) {
                owners[f++] = i;
            }
        }
        return owners;
    }

    /** SHA-256 (hex) of the schema's canonical JSON. */
    public String hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Json.write(this).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The table position of each encoder's column; an error lists every column the table lacks. */
    public int[] bind(Table table) {
        int[] positions = new int[encoders.size()];
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < positions.length; i++) {
            String col = encoders.get(i).column();
            if (table.has(col)) {
                positions[i] = table.column(col);
            } else if (!missing.contains(col)) {
                missing.add(col);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the file lacks columns the model needs: " + missing);
        }
        return positions;
    }

    /** All rows of the table as one row-major matrix of {@code rowCount × width} floats (NaN = missing). */
    public float[] encode(Table table) {
        int[] positions = bind(table);
        int w = width();
        float[] out = new float[table.rowCount() * w];
        int[] widths = encoders.stream().mapToInt(ColumnEncoder::width).toArray();
        // rows are independent and each writes only its own part of the matrix: encode them on every core
        IntStream.range(0, table.rowCount()).parallel().forEach(r -> {
            int offset = r * w;
            for (int i = 0; i < positions.length; i++) {
                encoders.get(i).encode(table.cell(r, positions[i]), out, offset);
                offset += widths[i];
            }
        });
        return out;
    }
}
