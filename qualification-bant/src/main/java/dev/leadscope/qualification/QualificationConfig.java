package dev.leadscope.qualification;

import dev.leadscope.qualification.bant.BantRules;
import dev.leadscope.qualification.bant.PhraseLexicon;
import dev.leadscope.qualification.routing.AssignmentPolicy;
import dev.leadscope.qualification.routing.ReadinessPolicy;
import dev.leadscope.qualification.tier.CapacityPlan;
import dev.leadscope.qualification.tier.ThresholdTiers;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds {@link QualificationSettings} from flat configuration properties, as an application reads them from its
 * YAML ({@code leadscope.qualification.*} with the prefix removed). Every key is optional and falls back to the
 * default; an unknown key or a bad value fails with the key named. Keys: {@code tiers.medium|high|top},
 * {@code readiness.min-met}, {@code readiness.not-ready-not-met}, {@code bant.revenue-met|revenue-partly},
 * {@code bant.employees-met|employees-partly}, {@code bant.raised-met}, {@code bant.economic-buyer-days},
 * {@code bant.intent-met|intent-partly|intent-weeks}, {@code bant.problem-content-met}, {@code bant.event-days},
 * {@code bant.note-days}, {@code bant.renewal-months}, {@code bant.fiscal-year-end-months},
 * {@code bant.related-hiring} (comma-separated), {@code phrases} (the full text of a phrase rule file, replacing
 * the shipped rules), {@code tiers.mode} ({@code thresholds} or {@code capacity}) with {@code tiers.capacity.*}
 * ({@link CapacityPlan}: {@code top-share|high-share|medium-share}, or {@code per-rep-per-day} with {@code reps} and
 * {@code leads-per-day}; {@code reference-days}, {@code reference-size}, {@code refresh-minutes}), and
 * {@code assignment.by-open-load} (true or false) with {@code assignment.reps} ({@code rep.anna, rep.bob:0.5}).
 */
public final class QualificationConfig {
    private static final Set<String> KEYS = Set.of("tiers.medium", "tiers.high", "tiers.top", "readiness.min-met",
            "readiness.not-ready-not-met", "bant.revenue-met", "bant.revenue-partly", "bant.employees-met",
            "bant.employees-partly", "bant.raised-met", "bant.economic-buyer-days", "bant.intent-met", "bant.intent-partly",
            "bant.intent-weeks", "bant.problem-content-met", "bant.event-days", "bant.note-days", "bant.renewal-months",
            "bant.fiscal-year-end-months", "bant.related-hiring", "phrases", "tiers.mode", "tiers.capacity.top-share",
            "tiers.capacity.high-share", "tiers.capacity.medium-share", "tiers.capacity.per-rep-per-day", "tiers.capacity.reps",
            "tiers.capacity.leads-per-day", "tiers.capacity.reference-days", "tiers.capacity.reference-size",
            "tiers.capacity.refresh-minutes", "assignment.by-open-load", "assignment.reps");

    private QualificationConfig() {
    }

    public static QualificationSettings fromProperties(Map<String, String> properties) {
        TreeSet<String> unknown = new TreeSet<>(properties.keySet());
        unknown.removeAll(KEYS);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown qualification settings: " + unknown + "; known: " + new TreeSet<>(KEYS));
        }
        Reader r = new Reader(properties);
        QualificationSettings d = QualificationSettings.defaults();
        ThresholdTiers t = ThresholdTiers.DEFAULTS;
        ThresholdTiers tiers = r.wrap("tiers", () -> new ThresholdTiers(r.num("tiers.medium", t.medium()),
                r.num("tiers.high", t.high()), r.num("tiers.top", t.top())));
        ReadinessPolicy rd = d.readiness();
        ReadinessPolicy readiness = r.wrap("readiness", () -> new ReadinessPolicy(rd.readyTiers(), r.integer("readiness.min-met", rd.minMet()),
                r.integer("readiness.not-ready-not-met", rd.notReadyNotMet()), rd.nurtureTiers()));
        BantRules b = d.bant();
        BantRules bant = r.wrap("bant", () -> new BantRules(r.num("bant.revenue-met", b.revenueMet()), r.num("bant.revenue-partly", b.revenuePartly()),
                r.integer("bant.employees-met", b.employeesMet()), r.integer("bant.employees-partly", b.employeesPartly()),
                b.fundedStages(), b.earlyStages(), r.num("bant.raised-met", b.raisedMet()),
                r.integer("bant.economic-buyer-days", b.economicBuyerDays()),
                r.integer("bant.intent-met", b.intentMet()), r.integer("bant.intent-partly", b.intentPartly()),
                r.integer("bant.intent-weeks", b.intentWeeks()), r.integer("bant.problem-content-met", b.problemContentMet()),
                b.problemContentTypes(), b.problemPageCategories(), r.integer("bant.event-days", b.eventDays()),
                r.integer("bant.note-days", b.noteDays()), r.integer("bant.renewal-months", b.renewalMonths()),
                r.integer("bant.fiscal-year-end-months", b.fiscalYearEndMonths()),
                r.get("bant.related-hiring", v -> Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                        .map(String::toLowerCase).collect(Collectors.toSet()), b.relatedHiring())));
        PhraseLexicon phrases = r.get("phrases", PhraseLexicon::parse, d.phrases());
        String mode = r.get("tiers.mode", v -> {
            if (!v.equals("thresholds") && !v.equals("capacity")) {
                throw new IllegalArgumentException("must be thresholds or capacity: '" + v + "'");
            }
            return v;
        }, "thresholds");
        CapacityPlan c = CapacityPlan.defaults();
        CapacityPlan capacity = r.wrap("tiers.capacity", () -> new CapacityPlan(r.num("tiers.capacity.top-share", c.topShare()),
                r.num("tiers.capacity.high-share", c.highShare()), r.num("tiers.capacity.medium-share", c.mediumShare()),
                r.integer("tiers.capacity.per-rep-per-day", c.perRepPerDay()), r.integer("tiers.capacity.reps", c.reps()),
                r.num("tiers.capacity.leads-per-day", c.leadsPerDay()), r.integer("tiers.capacity.reference-days", c.referenceDays()),
                r.integer("tiers.capacity.reference-size", c.referenceSize()),
                Duration.ofMinutes(r.integer("tiers.capacity.refresh-minutes", (int) c.refresh().toMinutes()))));
        AssignmentPolicy assignment = new AssignmentPolicy(r.get("assignment.by-open-load", Reader::bool, true),
                r.get("assignment.reps", AssignmentPolicy::parseReps, java.util.Map.of()));
        return new QualificationSettings(tiers, phrases, bant, readiness, d.routing(), mode.equals("capacity") ? capacity : null,
                assignment);
    }

    private record Reader(Map<String, String> p) {
        <T> T get(String key, Function<String, T> parse, T fallback) {
            String v = p.get(key);
            if (v == null || v.isBlank()) {
                return fallback;
            }
            try {
                return parse.apply(v.strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(key + ": " + e.getMessage(), e);
            }
        }

        static boolean bool(String v) {
            if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
                return Boolean.parseBoolean(v);
            }
            throw new IllegalArgumentException("must be true or false: '" + v + "'");
        }

        double num(String key, double fallback) {
            return get(key, v -> {
                try {
                    return Double.parseDouble(v);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("must be a number: '" + v + "'");
                }
            }, fallback);
        }

        int integer(String key, int fallback) {
            return get(key, v -> {
                try {
                    return Integer.parseInt(v);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("must be a whole number: '" + v + "'");
                }
            }, fallback);
        }

        <T> T wrap(String group, java.util.function.Supplier<T> build) {
            try {
                return build.get();
            } catch (IllegalArgumentException e) {
                if (e.getMessage() != null && e.getMessage().startsWith(group + ".")) {
                    throw e;
                }
                throw new IllegalArgumentException(group + ": " + e.getMessage(), e);
            }
        }
    }
}
