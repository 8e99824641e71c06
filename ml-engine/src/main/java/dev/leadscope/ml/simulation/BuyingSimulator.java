package dev.leadscope.ml.simulation;

import dev.leadscope.domain.lead.CommitteeRole;
import dev.leadscope.domain.port.in.SimulateHistoryUseCase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Simulates B2B buying account by account, streaming rows to the CSV files; see docs/simulator.md for the
 * generative story. Deterministic: the same settings give byte-identical files. Not thread-safe; use one
 * instance per run or call it from one thread at a time.
 */
public final class BuyingSimulator implements SimulateHistoryUseCase {

    @Override
    public Summary simulate(Settings settings, Progress progress) {
        LocalDate origin = settings.start().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        long originEpoch = origin.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        long endExclusive = settings.end().plusDays(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        int weeks = (int) ((endExclusive - originEpoch + SessionEmitter.WEEK - 1) / SessionEmitter.WEEK);
        int driftWeek = settings.drift() == null ? Integer.MAX_VALUE
                : (int) ChronoUnit.WEEKS.between(origin, settings.drift().with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)));
        Path out = settings.outputDir();
        try {
            Files.createDirectories(out.resolve("truth"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + out, e);
        }
        List<SimRep> reps = SimRep.team(settings.seed(), settings.accounts(), settings.reps());
        writeReps(out, reps);
        BuyingDynamics dynamics = new BuyingDynamics(settings.orderEffects(), origin, driftWeek, weeks, settings.skillEffect());
        AccountJourney journey = new AccountJourney(dynamics, new SessionEmitter(new NoteTexts()), originEpoch,
                endExclusive, weeks);
        AccountFactory factory = new AccountFactory(reps, origin, (int) ChronoUnit.DAYS.between(origin, settings.end()));
        long events;
        List<CsvWriter> writers = new ArrayList<>();
        try (EventSpool spool = new EventSpool(out, originEpoch, endExclusive, weeks);
             HistoryWriter writer = new HistoryWriter(out, reps, spool, originEpoch, endExclusive)) {
            long spooled = 0;
            for (int i = 0; i < settings.accounts(); i++) {
                SplittableRandom rng = Rand.stream(settings.seed(), i);
                SimAccount account = factory.create(i, rng);
                List<Member> members = CommitteeFactory.draw(account, rng);
                AccountTraits traits = traits(account, reps.get(account.rep()), members, origin, driftWeek < weeks);
                AccountHistory history = new AccountHistory(account, members, traits, weeks);
                journey.run(history, rng);
                writer.write(history, rng);
                spooled += history.eventCount;
                if ((i + 1) % 1000 == 0 || i + 1 == settings.accounts()) {
                    progress.accountsDone(i + 1, settings.accounts(), spooled);
                }
            }
            try (CsvWriter eventsCsv = new CsvWriter(out.resolve("events.csv"), "event_id", "lead_id", "type", "category",
                    "occurred_at")) {
                events = spool.drainTo(eventsCsv, Rand.stream(settings.seed(), -2));
                writers.add(eventsCsv);
            }
            writers.addAll(writer.writers());
            writer.close();
            List<Path> files = new ArrayList<>(List.of(out.resolve("reps.csv"), out.resolve("truth/rep_skill.csv")));
            writers.forEach(w -> files.add(w.path()));
            return new Summary(settings.accounts(), reps.size(), writer.leads(), events, rows(writers, "notes.csv"),
                    rows(writers, "outcomes.csv"), rows(writers, "intent.csv"), rows(writers, "lead_probabilities.csv"),
                    files);
        }
    }

    private static long rows(List<CsvWriter> writers, String file) {
        return writers.stream().filter(w -> w.path().getFileName().toString().equals(file)).findFirst()
                .orElseThrow().rows();
    }

    private static AccountTraits traits(SimAccount a, SimRep rep, List<Member> members, LocalDate origin, boolean drift) {
        boolean hasEconomicBuyer = members.stream().anyMatch(m -> m.role() == CommitteeRole.ECONOMIC_BUYER);
        int renewalWeek = a.contractRenewalDate() == null || !a.usesCompetitor() ? Integer.MIN_VALUE
                : (int) Math.floorDiv(ChronoUnit.DAYS.between(origin, a.contractRenewalDate()), 7);
        return new AccountTraits(FitPolicy.fit(a, false), FitPolicy.fit(a, drift), rep.skill(), hasEconomicBuyer,
                renewalWeek, a.fiscalYearEndMonth());
    }

    private static void writeReps(Path out, List<SimRep> reps) {
        try (CsvWriter visible = new CsvWriter(out.resolve("reps.csv"), "rep_id", "name", "region");
             CsvWriter truth = new CsvWriter(out.resolve("truth/rep_skill.csv"), "rep_id", "skill")) {
            for (SimRep rep : reps) {
                visible.row(rep.id(), rep.name(), rep.region());
                truth.row(rep.id(), Ids.decimal(rep.skill(), 4));
            }
        }
    }
}
