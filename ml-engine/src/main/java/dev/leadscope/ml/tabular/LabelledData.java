package dev.leadscope.ml.tabular;

import dev.leadscope.domain.port.in.InsufficientTrainingDataException;
import dev.leadscope.domain.port.in.TabularModelUseCase.Dataset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A labelled table checked for training: the label read, the id, label, time and excluded columns kept out
 * of the features, and enough converted and not-converted rows.
 */
public record LabelledData(Table table, int[] labels, Set<String> excluded, Instant[] times, List<String> rejectedRows) {
    /** Fewer converted (or not-converted) rows than this are refused. */
    public static final int MIN_PER_CLASS = 40;

    /** Reads and checks the dataset. */
    public static LabelledData load(Dataset data) {
        TableReader.Result read = new TableReader(data.missingTokens()).read(data.csv());
        Table table = read.table();
        Set<String> excluded = new LinkedHashSet<>();
        excluded.add(table.columns().get(table.column(data.idColumn())));
        excluded.add(table.columns().get(table.column(data.labelColumn())));
        for (String c : data.exclude()) {
            excluded.add(table.columns().get(table.column(c)));
        }
        Instant[] times = null;
        if (data.timeColumn() != null) {
            int tc = table.column(data.timeColumn());
            excluded.add(data.timeColumn());
            times = new Instant[table.rowCount()];
            for (int r = 0; r < times.length; r++) {
                times[r] = Values.instant(table.cell(r, tc));
                if (times[r] == null && table.cell(r, tc) != null) {
                    throw new IllegalArgumentException("line " + table.line(r) + ": time column '" + data.timeColumn()
                            + "' has '" + table.cell(r, tc) + "', which is not a date or time");
                }
            }
        }
        int[] labels = Labels.read(table, data.labelColumn());
        requireEnough(labels);
        return new LabelledData(table, labels, excluded, times, new ArrayList<>(read.rejectedRows()));
    }

    /** Throws {@link InsufficientTrainingDataException} when either outcome has fewer than {@link #MIN_PER_CLASS} rows. */
    public static void requireEnough(int[] labels) {
        int pos = 0;
        for (int y : labels) {
            pos += y;
        }
        int neg = labels.length - pos;
        if (pos < MIN_PER_CLASS || neg < MIN_PER_CLASS) {
            throw new InsufficientTrainingDataException(MIN_PER_CLASS, pos, MIN_PER_CLASS, neg);
        }
    }

    public int positives() {
        int pos = 0;
        for (int y : labels) {
            pos += y;
        }
        return pos;
    }

    /** The rows at the given positions. */
    public LabelledData select(int[] rows) {
        int[] y = new int[rows.length];
        Instant[] t = times == null ? null : new Instant[rows.length];
        for (int i = 0; i < rows.length; i++) {
            y[i] = labels[rows[i]];
            if (t != null) {
                t[i] = times[rows[i]];
            }
        }
        return new LabelledData(table.select(rows), y, excluded, t, rejectedRows);
    }

    /** SHA-256 over the rows (cells and label, in file order): identifies the training data in provenance. */
    public String fingerprint() {
        try {
            java.security.MessageDigest d = java.security.MessageDigest.getInstance("SHA-256");
            d.update(String.join("\u001f", table.columns()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            for (int r = 0; r < table.rowCount(); r++) {
                StringBuilder b = new StringBuilder("\n");
                for (int c = 0; c < table.columns().size(); c++) {
                    String v = table.cell(r, c);
                    b.append(v == null ? "\u0000" : v).append('\u001f');
                }
                d.update(b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            return java.util.HexFormat.of().formatHex(d.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
