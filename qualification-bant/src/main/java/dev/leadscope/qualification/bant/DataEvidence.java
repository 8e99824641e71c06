package dev.leadscope.qualification.bant;

import static dev.leadscope.domain.bant.BantCriterion.AUTHORITY;
import static dev.leadscope.domain.bant.BantCriterion.BUDGET;
import static dev.leadscope.domain.bant.BantCriterion.NEED;
import static dev.leadscope.domain.bant.BantCriterion.TIMELINE;
import static dev.leadscope.domain.bant.BantStatus.MET;
import static dev.leadscope.domain.bant.BantStatus.NOT_MET;
import static dev.leadscope.domain.bant.BantStatus.PARTLY;

import dev.leadscope.domain.account.Firmographics;
import dev.leadscope.domain.account.FundingStage;
import dev.leadscope.domain.bant.Evidence;
import dev.leadscope.domain.event.ActivityEvent;
import dev.leadscope.domain.event.IntentSignal;
import dev.leadscope.domain.lead.CommitteeRole;
import dev.leadscope.domain.lead.Lead;
import dev.leadscope.domain.lead.Seniority;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/** Reads BANT evidence from the lead's title, its account's firmographics and technographics, its events and intent. */
final class DataEvidence {
    /** Page categories whose answer is remembered, at most: a workspace has few, and millions of events name them. */
    private static final int KEPT_CATEGORIES = 1_000;
    private final BantRules rules;
    /** Whether a page view of each category (as events spell it) is problem-related content. */
    private final Map<String, Boolean> problemPages = new ConcurrentHashMap<>();

    DataEvidence(BantRules rules) {
        this.rules = Objects.requireNonNull(rules);
    }

    List<Evidence> collect(LeadContext ctx) {
        List<Evidence> out = new ArrayList<>();
        if (ctx.account() != null) {
            budget(ctx.account().firmographics(), out);
        }
        authority(ctx, out);
        need(ctx, out);
        if (ctx.account() != null) {
            timeline(ctx, out);
        }
        return out;
    }

    private void budget(Firmographics f, List<Evidence> out) {
        if (f.annualRevenue() != null) {
            double r = f.annualRevenue();
            out.add(new Evidence(BUDGET, r >= rules.revenueMet() ? MET : r >= rules.revenuePartly() ? PARTLY : NOT_MET,
                    "account.annualRevenue", "annual revenue " + money(r)));
        }
        FundingStage stage = f.fundingStage();
        if (stage != null && rules.fundedStages().contains(stage)) {
            out.add(new Evidence(BUDGET, MET, "account.fundingStage", "funding stage " + name(stage)));
        } else if (stage != null && rules.earlyStages().contains(stage)) {
            out.add(new Evidence(BUDGET, PARTLY, "account.fundingStage", "funding stage " + name(stage)));
        } else if (stage == FundingStage.PRE_SEED) {
            out.add(new Evidence(BUDGET, NOT_MET, "account.fundingStage", "funding stage pre-seed"));
        }
        if (f.totalRaised() != null && f.totalRaised() >= rules.raisedMet()) {
            out.add(new Evidence(BUDGET, MET, "account.totalRaised", "raised " + money(f.totalRaised())));
        }
        if (f.employees() != null) {
            int n = f.employees();
            out.add(new Evidence(BUDGET, n >= rules.employeesMet() ? MET : n >= rules.employeesPartly() ? PARTLY : NOT_MET,
                    "account.employees", n + " employees"));
        }
    }

    private void authority(LeadContext ctx, List<Evidence> out) {
        Lead lead = ctx.lead();
        Seniority s = lead.seniority();
        CommitteeRole role = lead.committeeRole();
        boolean buyer = role == CommitteeRole.ECONOMIC_BUYER;
        String who = (lead.title() == null ? "title" : "'" + lead.title() + "'") + ": " + name(s) + ", " + name(role);
        switch (s) {
            case C_LEVEL, VP -> out.add(new Evidence(AUTHORITY, MET, "lead.title", who));
            case DIRECTOR -> out.add(new Evidence(AUTHORITY, buyer ? MET : PARTLY, "lead.title", who));
            case MANAGER, INDIVIDUAL_CONTRIBUTOR -> out.add(new Evidence(AUTHORITY, buyer ? PARTLY : NOT_MET, "lead.title", who));
            case UNKNOWN -> {
            }
        }
        if (!buyer && !ctx.engagedEconomicBuyers().isEmpty()) {
            Lead eb = ctx.engagedEconomicBuyers().get(0);
            out.add(new Evidence(AUTHORITY, PARTLY, "account.committee", "economic buyer engaged in the last "
                    + rules.economicBuyerDays() + " days: " + (eb.title() == null ? eb.id().value() : eb.title())));
        }
    }

    private void need(LeadContext ctx, List<Evidence> out) {
        LocalDate since = ctx.asOf().atZone(ZoneOffset.UTC).toLocalDate().minusWeeks(rules.intentWeeks());
        ctx.intent().stream().filter(s -> !s.weekStart().isBefore(since))
                .max(Comparator.comparingInt(IntentSignal::score)).ifPresent(top -> {
                    if (top.score() >= rules.intentPartly()) {
                        out.add(new Evidence(NEED, top.score() >= rules.intentMet() ? MET : PARTLY, "intent",
                                "intent on '" + top.topic() + "' at " + top.score() + " in the week of " + top.weekStart()));
                    }
                });
        if (ctx.account() != null && ctx.account().technographics().usesCompetitor()) {
            out.add(new Evidence(NEED, MET, "account.competitorProducts",
                    "uses " + String.join(", ", ctx.account().technographics().competitorProducts())));
        }
        long content = 0;
        for (ActivityEvent e : ctx.events()) {
            if (problemContent(e)) {
                content++;
            }
        }
        if (content > 0) {
            out.add(new Evidence(NEED, content >= rules.problemContentMet() ? MET : PARTLY, "events",
                    content + " problem-related content " + (content == 1 ? "view" : "views") + " in " + rules.eventDays() + " days"));
        }
    }

    private boolean problemContent(ActivityEvent e) {
        return rules.problemContentTypes().contains(e.type().name())
                || ("page_view".equals(e.type().name()) && e.category() != null && problemPage(e.category()));
    }

    private boolean problemPage(String category) {
        Boolean known = problemPages.get(category);
        if (known != null) {
            return known;
        }
        boolean problem = rules.problemPageCategories().contains(category.toLowerCase(Locale.ROOT));
        if (problemPages.size() < KEPT_CATEGORIES) {
            problemPages.put(category, problem);
        }
        return problem;
    }

    private void timeline(LeadContext ctx, List<Evidence> out) {
        LocalDate today = ctx.asOf().atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate renewal = ctx.account().contractRenewalDate();
        if (renewal != null && !renewal.isBefore(today) && !renewal.isAfter(today.plusMonths(rules.renewalMonths()))) {
            out.add(new Evidence(TIMELINE, MET, "account.contractRenewalDate", "contract renewal on " + renewal
                    + ", within " + rules.renewalMonths() + " months"));
        }
        Integer fyEnd = ctx.account().firmographics().fiscalYearEndMonth();
        if (fyEnd != null) {
            LocalDate end = today.withDayOfMonth(1).withMonth(fyEnd).plusMonths(1).minusDays(1);
            if (end.isBefore(today)) {
                end = end.plusYears(1);
            }
            long months = ChronoUnit.MONTHS.between(today, end);
            if (months < rules.fiscalYearEndMonths()) {
                out.add(new Evidence(TIMELINE, PARTLY, "account.fiscalYearEndMonth", "fiscal year ends in "
                        + Month.of(fyEnd).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ", within " + rules.fiscalYearEndMonths() + " months"));
            }
        }
        List<String> hiring = ctx.account().firmographics().hiringFor().stream()
                .filter(r -> rules.relatedHiring().contains(r.toLowerCase(Locale.ROOT))).toList();
        if (!hiring.isEmpty()) {
            out.add(new Evidence(TIMELINE, PARTLY, "account.hiringFor", "hiring for " + String.join(", ", hiring)));
        }
    }

    private static String money(double v) {
        return v >= 1e6 ? String.format(Locale.ROOT, "%.1f M", v / 1e6) : String.format(Locale.ROOT, "%.0f k", v / 1e3);
    }

    private static String name(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
