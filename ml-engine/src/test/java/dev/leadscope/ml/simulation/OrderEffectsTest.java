package dev.leadscope.ml.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrderEffectsTest {

    /**
     * Share of leads won within 90 days after their first case-study/pricing pair (two pages within 7 days),
     * for leads whose pairs all ran case study first, and for those whose pairs all ran pricing first.
     */
    record Rates(double caseStudyFirst, int caseStudyFirstLeads, double pricingFirst, int pricingFirstLeads,
                 double caseStudyFirstTrueP, double pricingFirstTrueP) {
        double gap() {
            return caseStudyFirst - pricingFirst;
        }

        /** The gap in the true 90-day probability at the first weekly scoring time after the pair. */
        double trueGap() {
            return caseStudyFirstTrueP - pricingFirstTrueP;
        }
    }

    @Test
    void givenOrderEffectsOn_whenComparingSequences_thenCaseStudyThenPricingConvertsMore() {
        Rates rates = rates(SimulatedRuns.large(true));
        assertThat(rates.caseStudyFirstLeads()).isGreaterThan(150);
        assertThat(rates.pricingFirstLeads()).isGreaterThan(150);
        assertThat(rates.trueGap()).as(rates.toString()).isGreaterThan(0.05);
        assertThat(rates.gap()).as(rates.toString()).isGreaterThan(0.04);
    }

    @Test
    void givenOrderEffectsOff_whenComparingSequences_thenBothOrdersConvertAlike() {
        Rates rates = rates(SimulatedRuns.large(false));
        assertThat(rates.caseStudyFirstLeads()).isGreaterThan(150);
        assertThat(Math.abs(rates.trueGap())).as(rates.toString()).isLessThan(0.03);
        assertThat(Math.abs(rates.gap())).as(rates.toString()).isLessThan(0.10);
    }

    static Rates rates(SimulatedRuns.Run run) {
        Map<String, List<Object[]>> pages = new HashMap<>();
        for (CsvRows.Row e : run.rows("events.csv")) {
            String category = e.get("category");
            if ("case_study".equals(category) || "pricing".equals(category)) {
                pages.computeIfAbsent(e.get("lead_id"), k -> new ArrayList<>())
                        .add(new Object[] {category, Instant.parse(e.get("occurred_at"))});
            }
        }
        Map<String, Instant> won = new HashMap<>();
        run.rows("outcomes.csv").forEach(o -> {
            if (o.get("kind").equals("won")) {
                won.put(o.get("lead_id"), Instant.parse(o.get("occurred_at")));
            }
        });
        Instant lastPair = SimulatedRuns.END.minusDays(90).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        Map<String, Double> truth = new HashMap<>();
        run.rows("truth/lead_probabilities.csv").forEach(t -> truth.put(t.get("lead_id") + "@" + t.get("scored_at"),
                Double.parseDouble(t.get("p_convert_90d"))));
        int[] counts = new int[4];
        double[] trueP = new double[4];
        pages.forEach((lead, list) -> {
            Instant csFirst = follows(list, "case_study", "pricing");
            Instant pricingFirst = follows(list, "pricing", "case_study");
            if ((csFirst == null) != (pricingFirst == null)) {
                Instant at = csFirst != null ? csFirst : pricingFirst;
                if (at.isAfter(lastPair)) {
                    return;
                }
                int k = csFirst != null ? 0 : 2;
                counts[k]++;
                Double p = truth.get(lead + "@" + nextMonday(at));
                if (p != null) {
                    trueP[k] += p;
                    trueP[k + 1]++;
                }
                Instant outcome = won.get(lead);
                if (outcome != null && outcome.isBefore(at.plus(Duration.ofDays(90)))) {
                    counts[k + 1]++;
                }
            }
        });
        return new Rates((double) counts[1] / counts[0], counts[0], (double) counts[3] / counts[2], counts[2],
                trueP[0] / trueP[1], trueP[2] / trueP[3]);
    }

    private static String nextMonday(Instant at) {
        java.time.LocalDate day = at.atZone(java.time.ZoneOffset.UTC).toLocalDate();
        return day.with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.MONDAY)).atStartOfDay()
                .toInstant(java.time.ZoneOffset.UTC).toString();
    }

    /** When the first {@code first} page followed by a {@code then} page within 7 days ended, or null. */
    private static Instant follows(List<Object[]> pages, String first, String then) {
        for (int i = 0; i < pages.size(); i++) {
            if (!pages.get(i)[0].equals(first)) {
                continue;
            }
            Instant at = (Instant) pages.get(i)[1];
            for (int j = i + 1; j < pages.size(); j++) {
                Instant later = (Instant) pages.get(j)[1];
                if (Duration.between(at, later).compareTo(Duration.ofDays(7)) > 0) {
                    break;
                }
                if (pages.get(j)[0].equals(then)) {
                    return later;
                }
            }
        }
        return null;
    }
}
