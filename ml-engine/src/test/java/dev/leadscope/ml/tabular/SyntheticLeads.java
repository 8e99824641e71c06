package dev.leadscope.ml.tabular;

import java.util.Locale;
import java.util.Random;

/** Small seeded lead tables with a known signal, for tests that need a trained model. */
public final class SyntheticLeads {
    private SyntheticLeads() {
    }

    /** CSV text with {@code rows} leads; {@code withLabel} adds the {@code converted} column. */
    public static String csv(int rows, long seed, boolean withLabel) {
        Random r = new Random(seed);
        String[] sources = {"Referral", "Google", "Webinar", "Cold list", "Partner"};
        double[] sourceEffect = {1.5, 0.0, 0.8, -1.2, 0.6};
        StringBuilder b = new StringBuilder("lead_id,source,visits,email_opt_in,created,notes" + (withLabel ? ",converted" : "") + "\n");
        for (int i = 0; i < rows; i++) {
            int s = r.nextInt(sources.length);
            int visits = r.nextInt(20);
            boolean optIn = r.nextBoolean();
            String notes = r.nextInt(4) == 0 ? "asked about pricing and a demo for the team" : "downloaded a guide";
            double z = -1.5 + sourceEffect[s] + 0.15 * visits + (optIn ? 0.7 : -0.4) + (notes.contains("pricing") ? 0.8 : 0);
            boolean converted = r.nextDouble() < 1 / (1 + Math.exp(-z));
            String source = r.nextInt(50) == 0 ? "Select" : sources[s];
            b.append(String.format(Locale.ROOT, "L%05d,%s,%d,%s,2024-%02d-%02d,\"%s\"", i, source, visits, optIn ? "Yes" : "No",
                    1 + r.nextInt(12), 1 + r.nextInt(28), notes));
            if (withLabel) {
                b.append(',').append(converted ? 1 : 0);
            }
            b.append('\n');
        }
        return b.toString();
    }
}
