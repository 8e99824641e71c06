package dev.leadscope.account.probability;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes an account model to bytes and reads it back exactly: a short UTF-8 text of {@code key=value} lines that
 * names its format, its kind ({@code learned} or {@code combined}), the feature names a learned model expects, and
 * its numbers in Java's round-trip decimal form. Reading checks the format and the feature names, so a model
 * written for other features is refused rather than scored wrong.
 */
public final class AccountModelCodec {
    /** The format this codec writes and reads. */
    public static final String FORMAT = "leadscope-account-model/1";

    private AccountModelCodec() {
    }

    public static byte[] write(AccountProbabilityModel model) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("format", FORMAT);
        if (model instanceof LearnedAccountModel learned) {
            LogisticModel m = learned.model();
            out.put("kind", "learned");
            out.put("features", String.join(",", AccountSnapshot.FEATURES));
            out.put("prior", Double.toString(learned.prior()));
            out.put("intercept", Double.toString(m.intercept()));
            out.put("weights", join(m.weights()));
            out.put("means", join(m.means()));
            out.put("scales", join(m.scales()));
        } else if (model instanceof CombinedAccountModel c) {
            out.put("kind", "combined");
            out.put("prior", Double.toString(c.prior()));
            out.put("perRole", Double.toString(c.perRole()));
            out.put("economicBuyer", Double.toString(c.economicBuyer()));
            out.put("perPattern", Double.toString(c.perPattern()));
            out.put("decision", Double.toString(c.decision()));
            out.put("plattA", Double.toString(c.plattA()));
            out.put("plattB", Double.toString(c.plattB()));
        } else {
            throw new IllegalArgumentException("cannot store an account model of type " + model.getClass().getName());
        }
        return out.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue() + "\n").collect(Collectors.joining())
                .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Reads a model written by {@link #write}.
     *
     * @throws IllegalArgumentException naming the line or key when the bytes are not such a model
     */
    public static AccountProbabilityModel read(byte[] bytes) {
        Map<String, String> in = new LinkedHashMap<>();
        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            int eq = lines[i].indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("account model line " + (i + 1) + " is not key=value: '" + lines[i] + "'");
            }
            in.put(lines[i].substring(0, eq), lines[i].substring(eq + 1));
        }
        if (!FORMAT.equals(in.get("format"))) {
            throw new IllegalArgumentException("not an account model of format " + FORMAT + ": format=" + in.get("format"));
        }
        String kind = in.get("kind");
        if ("learned".equals(kind)) {
            String features = required(in, "features");
            if (!features.equals(String.join(",", AccountSnapshot.FEATURES))) {
                throw new IllegalArgumentException("the account model expects other features than these: " + features);
            }
            LogisticModel m = new LogisticModel(numbers(in, "weights"), number(in, "intercept"), numbers(in, "means"),
                    numbers(in, "scales"));
            return new LearnedAccountModel(m, number(in, "prior"));
        }
        if ("combined".equals(kind)) {
            return new CombinedAccountModel(number(in, "prior"), number(in, "perRole"), number(in, "economicBuyer"),
                    number(in, "perPattern"), number(in, "decision"), number(in, "plattA"), number(in, "plattB"));
        }
        throw new IllegalArgumentException("account model kind must be learned or combined: " + kind);
    }

    private static String join(double[] values) {
        return Arrays.stream(values).mapToObj(Double::toString).collect(Collectors.joining(","));
    }

    private static String required(Map<String, String> in, String key) {
        String v = in.get(key);
        if (v == null) {
            throw new IllegalArgumentException("account model lacks " + key);
        }
        return v;
    }

    private static double number(Map<String, String> in, String key) {
        try {
            return Double.parseDouble(required(in, key));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("account model " + key + " must be a number: '" + in.get(key) + "'");
        }
    }

    private static double[] numbers(Map<String, String> in, String key) {
        List<String> parts = List.of(required(in, key).split(","));
        double[] out = new double[parts.size()];
        for (int i = 0; i < out.length; i++) {
            try {
                out[i] = Double.parseDouble(parts.get(i));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("account model " + key + "[" + i + "] must be a number: '" + parts.get(i) + "'");
            }
        }
        return out;
    }
}
