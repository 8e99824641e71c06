package dev.leadscope.qualification;

import dev.leadscope.qualification.bant.BantRules;
import dev.leadscope.qualification.bant.PhraseLexicon;
import dev.leadscope.qualification.routing.ReadinessPolicy;
import dev.leadscope.qualification.tier.ThresholdTiers;
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
 * {@code bant.related-hiring} (comma-separated), and {@code phrases} (the full text of a phrase rule file, replacing
 * the shipped rules).
 */
public final class QualificationConfig {
    private static final Set<String> KEYS = Set.of("tiers.medium", "tiers.high", "tiers.top", "readiness.min-met",
            "readiness.not-ready-not-met", "bant.revenue-met", "bant.revenue-partly", "bant.employees-met",
            "bant.employees-partly", "bant.raised-met", "bant.economic-buyer-days", "bant.intent-met", "bant.intent-partly",
            "bant.intent-weeks", "bant.problem-content-met", "bant.event-days", "bant.note-days", "bant.renewal-months",
            "bant.fiscal-year-end-months", "bant.related-hiring", "phrases");

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
        return new QualificationSettings(tiers, phrases, bant, readiness, d.routing());
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
