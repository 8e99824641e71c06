package dev.leadscope.ml.simulation;

import dev.leadscope.domain.account.FundingStage;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

/** Draws companies: industry mix, log-normal size and revenue, funding, place, stack and renewal dates. */
final class AccountFactory {
    private static final FundingStage[] STAGES = {FundingStage.BOOTSTRAPPED, FundingStage.SEED, FundingStage.SERIES_A,
            FundingStage.SERIES_B, FundingStage.SERIES_C, FundingStage.SERIES_D_PLUS, FundingStage.PRIVATE_EQUITY,
            FundingStage.PUBLIC};

    private final List<SimRep> reps;
    private final LocalDate origin;
    private final int days;
    private final Set<String> domains = new HashSet<>();

    AccountFactory(List<SimRep> reps, LocalDate origin, int days) {
        this.reps = reps;
        this.origin = origin;
        this.days = days;
    }

    SimAccount create(int index, SplittableRandom rng) {
        int industry = Rand.weighted(rng, Catalog.INDUSTRY_WEIGHTS);
        int region = Rand.weighted(rng, Catalog.REGION_WEIGHTS);
        String name = Rand.pick(rng, Catalog.NAME_WORDS_A) + Rand.pick(rng, Catalog.NAME_WORDS_B)
                + Rand.pick(rng, Catalog.NAME_SUFFIX);
        int employees = (int) Math.max(2, Math.round(Rand.logNormal(rng, 120, 1.4)));
        double revenue = Math.round(employees * Rand.logNormal(rng, 160_000, 0.5) / 1000.0) * 1000.0;
        FundingStage stage = stage(rng, employees);
        double raised = raised(rng, stage);
        int founded = Math.max(1900, origin.getYear() - (int) Math.round(Rand.logNormal(rng, 9, 0.8)));
        List<String> tech = sample(rng, Catalog.TECHNOLOGIES, 1 + Rand.poisson(rng, 4.0));
        List<String> competitors = Rand.chance(rng, 0.22) ? List.of(Rand.pick(rng, Catalog.COMPETITORS)) : List.of();
        LocalDate renewal = competitors.isEmpty() && !Rand.chance(rng, 0.3) ? null
                : origin.plusDays(rng.nextInt(Math.max(30, days + 180)) - 90);
        List<String> hiring = Rand.chance(rng, 0.55) ? sample(rng, Catalog.HIRING_ROLES, 1 + rng.nextInt(3)) : List.of();
        double hiringVelocity = hiring.isEmpty() ? 0 : Math.round(Rand.logNormal(rng, employees * 0.03 + 1, 0.6) * 10) / 10.0;
        double growth = Math.round((0.12 + 0.25 * rng.nextGaussian()) * 1000) / 1000.0;
        Instant created = origin.minusDays(1 + rng.nextInt(900)).atStartOfDay(ZoneOffset.UTC).toInstant()
                .plusSeconds(rng.nextInt(86_400));
        List<String> topics = Rand.chance(rng, 0.6) ? sample(rng, Catalog.TOPICS, 2 + rng.nextInt(3)) : List.of();
        return new SimAccount(index, String.format("acc-%06d", index + 1), name, domain(name), Catalog.INDUSTRIES[industry],
                employees, revenue, growth, hiringVelocity, hiring, stage, raised,
                Rand.pick(rng, Catalog.COUNTRIES[region]), Catalog.REGIONS[region], Catalog.REGION_UTC_OFFSET[region],
                founded, Rand.chance(rng, 0.7) ? 12 : 1 + rng.nextInt(12), tech, competitors, renewal, created,
                rep(rng, Catalog.REGIONS[region]), topics);
    }

    private static FundingStage stage(SplittableRandom rng, int employees) {
        if (employees > 3000 && Rand.chance(rng, 0.6)) {
            return FundingStage.PUBLIC;
        }
        return STAGES[Rand.weighted(rng, new double[] {22, 12, 16, 12, 8, 5, 8, 3})];
    }

    private static double raised(SplittableRandom rng, FundingStage stage) {
        double median = switch (stage) {
            case SEED -> 2e6;
            case SERIES_A -> 12e6;
            case SERIES_B -> 40e6;
            case SERIES_C -> 90e6;
            case SERIES_D_PLUS -> 250e6;
            case PRIVATE_EQUITY -> 150e6;
            case PUBLIC -> 400e6;
            default -> 0;
        };
        return median == 0 ? 0 : Math.round(Rand.logNormal(rng, median, 0.5) / 1e5) * 1e5;
    }

    private int rep(SplittableRandom rng, String region) {
        List<SimRep> local = new ArrayList<>();
        for (SimRep rep : reps) {
            if (rep.region().equals(region)) {
                local.add(rep);
            }
        }
        List<SimRep> pool = local.isEmpty() ? reps : local;
        return pool.get(rng.nextInt(pool.size())).index();
    }

    private String domain(String name) {
        String slug = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("\\b(inc|llc|ltd|gmbh|group)\\b", "").replaceAll("[^a-z0-9]", "");
        String candidate = slug + ".com";
        for (int n = 2; !domains.add(candidate); n++) {
            candidate = slug + n + (n % 3 == 0 ? ".io" : ".com");
        }
        return candidate;
    }

    private static List<String> sample(SplittableRandom rng, String[] items, int count) {
        TreeSet<Integer> chosen = new TreeSet<>();
        while (chosen.size() < Math.min(count, items.length)) {
            chosen.add(rng.nextInt(items.length));
        }
        List<String> out = new ArrayList<>(chosen.size());
        chosen.forEach(i -> out.add(items[i]));
        return List.copyOf(out);
    }
}
