package dev.leadscope.ml.simulation;

import dev.leadscope.domain.account.FundingStage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes each finished account's rows to the CSV files, blanking values and adding junk at the documented
 * rates, and its ground truth to the truth files. Events go to the {@link EventSpool} to be sorted.
 */
final class HistoryWriter implements AutoCloseable {
    private static final long HORIZON_SECONDS = 90 * SessionEmitter.DAY;
    private final CsvWriter accounts;
    private final CsvWriter leads;
    private final CsvWriter notes;
    private final CsvWriter outcomes;
    private final CsvWriter intent;
    private final CsvWriter roles;
    private final CsvWriter probabilities;
    private final CsvWriter states;
    private final CsvWriter journeys;
    private final EventSpool spool;
    private final List<SimRep> reps;
    private final long originEpoch;
    private final long endExclusive;
    private long leadCount;
    private long noteCount;
    private long outcomeCount;

    HistoryWriter(Path out, List<SimRep> reps, EventSpool spool, long originEpoch, long endExclusive) {
        this.reps = reps;
        this.spool = spool;
        this.originEpoch = originEpoch;
        this.endExclusive = endExclusive;
        accounts = new CsvWriter(out.resolve("accounts.csv"), "account_id", "name", "domain", "industry", "employees",
                "annual_revenue", "growth_rate", "hiring_velocity", "hiring_for", "funding_stage", "total_raised", "country",
                "region", "founded_year", "fiscal_year_end_month", "technologies", "competitor_products",
                "contract_renewal_date", "created_at");
        leads = new CsvWriter(out.resolve("leads.csv"), "lead_id", "account_id", "first_name", "last_name", "email", "title",
                "source_channel", "source_campaign", "owner_id", "created_at");
        notes = new CsvWriter(out.resolve("notes.csv"), "note_id", "lead_id", "written_at", "channel", "author", "text");
        outcomes = new CsvWriter(out.resolve("outcomes.csv"), "outcome_id", "lead_id", "kind", "value", "currency",
                "occurred_at", "reason");
        intent = new CsvWriter(out.resolve("intent.csv"), "account_id", "topic", "week_start", "score");
        roles = new CsvWriter(out.resolve("truth/lead_roles.csv"), "lead_id", "true_role", "true_seniority");
        probabilities = new CsvWriter(out.resolve("truth/lead_probabilities.csv"), "lead_id", "scored_at", OracleAuc.TRUE_PROBABILITY,
                "converted_within_90d", OracleAuc.WITHOUT_ORDER);
        states = new CsvWriter(out.resolve("truth/account_states.csv"), "account_id", "week_start", "state");
        journeys = new CsvWriter(out.resolve("truth/journeys.csv"), "account_id", "week_start", "order");
    }

    void write(AccountHistory h, SplittableRandom rng) {
        writeAccount(h.account, rng);
        long cutoff = Math.min(h.endedAt, endExclusive);
        List<Integer> order = new ArrayList<>();
        for (Member m : h.members) {
            if (h.joinedAt[m.index()] < cutoff) {
                order.add(m.index());
            }
        }
        order.sort((a, b) -> a == b ? 0 : h.joinedAt[a] != h.joinedAt[b] ? Long.compare(h.joinedAt[a], h.joinedAt[b]) : a - b);
        long[] number = new long[h.members.size()];
        for (int i : order) {
            number[i] = ++leadCount;
            writeLead(h, h.members.get(i), number[i], rng);
        }
        for (int e = 0; e < h.eventCount; e++) {
            int m = h.eventMembers[e];
            if (number[m] != 0 && h.eventTimes[e] < cutoff) {
                spool.add(h.eventTimes[e], number[m], h.eventTypes[e], h.eventCategories[e]);
            }
        }
        String author = reps.get(h.account.rep()).name();
        for (AccountHistory.SimNote note : h.notes) {
            if (number[note.member()] != 0 && note.at() < cutoff) {
                notes.row(Ids.note(++noteCount), Ids.lead(number[note.member()]), Ids.instant(note.at()), note.channel(),
                        rng.nextDouble() < 0.05 ? null : author, note.text());
            }
        }
        writeOutcomes(h, order, number, rng);
        writeWeeks(h, order, number, rng);
        writeJourneys(h);
    }

    private void writeAccount(SimAccount a, SplittableRandom rng) {
        String industry = a.industry();
        double u = rng.nextDouble();
        industry = u < 0.08 ? null : u < 0.10 ? industry.toUpperCase(Locale.ROOT) : u < 0.12 ? industry.toLowerCase(Locale.ROOT) : industry;
        accounts.row(a.id(), a.name(), a.domain(), industry,
                keep(rng, 0.10, a.employees()),
                keep(rng, 0.25, Math.round(a.annualRevenue())),
                keep(rng, 0.30, Ids.decimal(a.growthRate(), 3)),
                a.hiringFor().isEmpty() ? null : keep(rng, 0.30, Ids.decimal(a.hiringVelocity(), 1)),
                String.join(";", a.hiringFor()),
                keep(rng, 0.15, fundingText(a.fundingStage(), rng)),
                a.totalRaised() == 0 ? keep(rng, 0.5, "0") : keep(rng, 0.35, Math.round(a.totalRaised())),
                keep(rng, 0.05, a.country()), keep(rng, 0.05, a.region()), keep(rng, 0.12, a.foundedYear()),
                keep(rng, 0.40, a.fiscalYearEndMonth()),
                rng.nextDouble() < 0.2 ? null : String.join(";", a.technologies()),
                rng.nextDouble() < 0.1 ? null : String.join(";", a.competitorProducts()),
                a.contractRenewalDate() == null ? null : keep(rng, 0.5, a.contractRenewalDate()),
                Ids.instant(a.createdAt().getEpochSecond()));
    }

    private void writeLead(AccountHistory h, Member m, long number, SplittableRandom rng) {
        int rep = rng.nextDouble() < 0.9 ? h.account.rep() : rng.nextInt(reps.size());
        leads.row(Ids.lead(number), h.account.id(), keep(rng, 0.02, m.firstName()), keep(rng, 0.02, m.lastName()),
                keep(rng, 0.03, m.email()), m.title(), keep(rng, 0.08, h.sourceChannel[m.index()]),
                h.sourceCampaign[m.index()], keep(rng, 0.05, reps.get(rep).id()), Ids.instant(h.joinedAt[m.index()]));
        roles.row(Ids.lead(number), m.role().name(), m.seniority().name());
    }

    private void writeOutcomes(AccountHistory h, List<Integer> order, long[] number, SplittableRandom rng) {
        if (h.ending == null || h.endedAt >= endExclusive || order.isEmpty()) {
            return;
        }
        boolean won = h.ending == BuyingState.BOUGHT;
        int primary = order.get(0);
        for (int i : order) {
            if (h.members.get(i).role() == dev.leadscope.domain.lead.CommitteeRole.CHAMPION) {
                primary = i;
                break;
            }
        }
        double value = Math.round(8000 * Math.pow(h.account.employees() / 50.0, 0.45) * Rand.logNormal(rng, 1, 0.35) / 100) * 100.0;
        String currency = h.account.region().equals("EMEA") && rng.nextDouble() < 0.6 ? "EUR" : "USD";
        String reason = won ? null : rng.nextDouble() < 0.2 ? null : Rand.pick(rng, Catalog.LOST_REASONS);
        for (int i : order) {
            boolean main = i == primary;
            outcomes.row(Ids.outcome(++outcomeCount), Ids.lead(number[i]), won ? "won" : "lost",
                    won && main ? Ids.decimal(value, 2) : null, won && main ? currency : null, Ids.instant(h.endedAt),
                    won ? (main ? "signed" : "account deal won") : reason);
        }
    }

    /** The order of each pricing journey, by account and week: the truth a sequence model's reading of order is checked against. */
    private void writeJourneys(AccountHistory h) {
        for (int[] j : h.journeys) {
            long t0 = originEpoch + j[0] * SessionEmitter.WEEK;
            journeys.row(h.account.id(), java.time.LocalDate.ofEpochDay(t0 / SessionEmitter.DAY).toString(),
                    j[1] == BuyingDynamics.CASE_STUDY_FIRST ? "case_study_first" : "pricing_first");
        }
    }

    private void writeWeeks(AccountHistory h, List<Integer> order, long[] number, SplittableRandom rng) {
        SimAccount a = h.account;
        for (int w = 0; w < h.stageByWeek.length; w++) {
            long t0 = originEpoch + w * SessionEmitter.WEEK;
            String week = java.time.LocalDate.ofEpochDay(t0 / SessionEmitter.DAY).toString();
            BuyingState stage = BuyingState.ALL[h.stageByWeek[w]];
            states.row(a.id(), week, stage.name());
            for (String topic : a.intentTopics()) {
                if (rng.nextDouble() < 0.05) {
                    continue;
                }
                double base = new double[] {12, 45, 62, 55, 20, 25}[stage.ordinal()];
                intent.row(a.id(), topic, week, (int) Rand.clamp(Math.round(base + 12 * rng.nextGaussian()), 0, 100));
            }
            double p = h.probabilityByWeek[w];
            if (Double.isNaN(p)) {
                continue;
            }
            String label = label(h, t0);
            for (int i : order) {
                if (h.joinedAt[i] < t0) {
                    probabilities.row(Ids.lead(number[i]), Ids.instant(t0), Ids.decimal(p, 6), label,
                            Ids.decimal(h.probabilityWithoutOrderByWeek[w], 6));
                }
            }
        }
    }

    /**
     * 1 when the account bought within 90 days, 0 when it did not, empty when the 90 days run past the end of
     * the run, even after an early purchase: labelling only those would over-represent purchases.
     */
    private String label(AccountHistory h, long t0) {
        if (t0 + HORIZON_SECONDS >= endExclusive) {
            return null;
        }
        return h.ending == BuyingState.BOUGHT && h.endedAt > t0 && h.endedAt <= t0 + HORIZON_SECONDS ? "1" : "0";
    }

    private static Object keep(SplittableRandom rng, double missing, Object value) {
        return rng.nextDouble() < missing ? null : value;
    }

    private static String fundingText(FundingStage stage, SplittableRandom rng) {
        String[] forms = switch (stage) {
            case BOOTSTRAPPED -> new String[] {"Bootstrapped", "bootstrapped", "Self-funded"};
            case PRE_SEED -> new String[] {"Pre-Seed", "Angel"};
            case SEED -> new String[] {"Seed", "seed"};
            case SERIES_A -> new String[] {"Series A", "series-a"};
            case SERIES_B -> new String[] {"Series B", "series b"};
            case SERIES_C -> new String[] {"Series C", "SERIES C"};
            case SERIES_D_PLUS -> new String[] {"Series D", "Series E", "Late Stage"};
            case PRIVATE_EQUITY -> new String[] {"Private Equity", "PE"};
            case PUBLIC -> new String[] {"Public", "IPO"};
            default -> new String[] {"Unknown"};
        };
        return Rand.pick(rng, forms);
    }

    long leads() {
        return leadCount;
    }

    List<CsvWriter> writers() {
        return List.of(accounts, leads, notes, outcomes, intent, roles, probabilities, states, journeys);
    }

    @Override
    public void close() {
        for (CsvWriter w : writers()) {
            w.close();
        }
    }
}
