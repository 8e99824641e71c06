package dev.leadscope.ml.snapshot;

import dev.leadscope.ml.feature.ColumnEncoder;
import dev.leadscope.ml.feature.FeatureSchema;
import dev.leadscope.ml.feature.NumberEncoder;
import dev.leadscope.ml.tabular.Values;
import java.util.ArrayList;
import java.util.List;

/**
 * A fitted {@link FeatureSchema} bound once to the snapshot columns of its model, writing {@link SnapshotRow}s
 * straight into the float matrix: a number read by a number encoder is copied, every other cell goes through its
 * encoder as text. It gives the same floats as encoding the rows' text cells (the text of a number parses back to
 * the same float), without formatting and parsing each number. Immutable and thread-safe.
 */
public final class SnapshotEncoding {
    private final List<ColumnEncoder> encoders;
    private final int[] positions;
    private final int[] widths;
    private final boolean[] direct;
    private final int[] owners;
    private final List<String> columnNames;
    private final int[] columnOf;
    private final int width;

    public SnapshotEncoding(FeatureSchema schema, SnapshotColumns columns) {
        this.encoders = schema.encoders();
        int n = encoders.size();
        positions = new int[n];
        widths = new int[n];
        direct = new boolean[n];
        List<String> missing = new ArrayList<>();
        int w = 0;
        for (int i = 0; i < n; i++) {
            ColumnEncoder e = encoders.get(i);
            positions[i] = columns.position(e.column());
            if (positions[i] < 0 && !missing.contains(e.column())) {
                missing.add(e.column());
            }
            widths[i] = e.width();
            direct[i] = e instanceof NumberEncoder;
            w += widths[i];
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the snapshot rows lack columns the model needs: " + missing);
        }
        width = w;
        owners = schema.owners();
        List<String> names = new ArrayList<>();
        columnOf = new int[n];
        for (int i = 0; i < n; i++) {
            int at = names.indexOf(encoders.get(i).column());
            if (at < 0) {
                at = names.size();
                names.add(encoders.get(i).column());
            }
            columnOf[i] = at;
        }
        columnNames = List.copyOf(names);
    }

    /** The number of features of one row. */
    public int width() {
        return width;
    }

    /** Writes one row's features into {@code out} from {@code offset}. */
    public void encode(SnapshotRow row, float[] out, int offset) {
        int o = offset;
        for (int i = 0; i < positions.length; i++) {
            int p = positions[i];
            if (direct[i]) {
                out[o] = row.isText(p) ? (float) Values.number(row.cell(p)) : asFloat(row.number(p));
            } else {
                encoders.get(i).encode(row.cell(p), out, o);
            }
            o += widths[i];
        }
    }

    /** The rows as one row-major matrix of {@code rows.size() x width()} floats (NaN = missing). */
    public float[] encode(List<SnapshotRow> rows) {
        float[] out = new float[Math.multiplyExact(rows.size(), width)];
        for (int r = 0; r < rows.size(); r++) {
            encode(rows.get(r), out, r * width);
        }
        return out;
    }

    /** The source columns the encoders read, each once, in schema order. */
    public List<String> columns() {
        return columnNames;
    }

    /**
     * Sums one row's per-feature contributions per source column (several encoders may read one column), in the
     * order of {@link #columns()}.
     */
    public double[] perColumn(float[] contributions) {
        double[] perEncoder = new double[encoders.size()];
        for (int f = 0; f < owners.length; f++) {
            perEncoder[owners[f]] += contributions[f];
        }
        double[] out = new double[columnNames.size()];
        for (int i = 0; i < perEncoder.length; i++) {
            out[columnOf[i]] += perEncoder[i];
        }
        return out;
    }

    /** The float a number cell encodes to: what its text form parses back to (NaN for non-finite values). */
    private static float asFloat(double v) {
        if (!Double.isFinite(v)) {
            return Float.NaN;
        }
        float f = (float) v;
        return Float.isInfinite(f) ? Float.NaN : f;
    }
}
