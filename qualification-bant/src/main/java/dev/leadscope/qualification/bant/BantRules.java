package dev.leadscope.qualification.bant;

import dev.leadscope.domain.account.FundingStage;
import java.util.Set;

/**
 * Thresholds for reading BANT from data rather than notes; {@link #defaults()} documents the defaults.
 *
 * @param revenueMet            annual revenue (in the account's currency) from which budget is met
 * @param revenuePartly         annual revenue from which budget is partly met (below: not met)
 * @param employeesMet          headcount from which budget is met
 * @param employeesPartly       headcount from which budget is partly met (below: not met)
 * @param fundedStages          funding stages that meet budget
 * @param earlyStages           funding stages that partly meet budget
 * @param raisedMet             total raised from which budget is met
 * @param economicBuyerDays     an economic buyer at the account counts as engaged with activity in this many days
 * @param intentMet             an intent score (0-100) in the last {@code intentWeeks} weeks from which need is met
 * @param intentPartly          an intent score from which need is partly met
 * @param intentWeeks           how many recent weeks of intent count
 * @param problemContentMet     how many problem-related content events make need met (one or more: partly)
 * @param problemContentTypes   event types that are problem-related content
 * @param problemPageCategories page-view categories that are problem-related content
 * @param eventDays             how far back events count
 * @param noteDays              how far back notes count
 * @param renewalMonths         a competitor contract renewal within this many months meets timeline
 * @param fiscalYearEndMonths   a fiscal-year end within this many months partly meets timeline
 * @param relatedHiring         roles whose hiring partly meets timeline (lower case)
 */
public record BantRules(
        double revenueMet, double revenuePartly,
        int employeesMet, int employeesPartly,
        Set<FundingStage> fundedStages, Set<FundingStage> earlyStages, double raisedMet,
        int economicBuyerDays,
        int intentMet, int intentPartly, int intentWeeks,
        int problemContentMet, Set<String> problemContentTypes, Set<String> problemPageCategories,
        int eventDays, int noteDays,
        int renewalMonths, int fiscalYearEndMonths, Set<String> relatedHiring) {

    public BantRules {
        positive("revenuePartly", revenuePartly);
        if (!(revenueMet >= revenuePartly)) {
            throw new IllegalArgumentException("revenueMet must be >= revenuePartly: " + revenueMet);
        }
        positive("employeesPartly", employeesPartly);
        if (employeesMet < employeesPartly) {
            throw new IllegalArgumentException("employeesMet must be >= employeesPartly: " + employeesMet);
        }
        fundedStages = Set.copyOf(fundedStages);
        earlyStages = Set.copyOf(earlyStages);
        if (fundedStages.stream().anyMatch(earlyStages::contains)) {
            throw new IllegalArgumentException("fundedStages and earlyStages must not overlap");
        }
        positive("raisedMet", raisedMet);
        positive("economicBuyerDays", economicBuyerDays);
        if (intentPartly < 0 || intentMet > 100 || intentPartly > intentMet) {
            throw new IllegalArgumentException("intent thresholds must satisfy 0 <= intentPartly <= intentMet <= 100: "
                    + intentPartly + ", " + intentMet);
        }
        positive("intentWeeks", intentWeeks);
        positive("problemContentMet", problemContentMet);
        problemContentTypes = Set.copyOf(problemContentTypes);
        problemPageCategories = Set.copyOf(problemPageCategories);
        positive("eventDays", eventDays);
        positive("noteDays", noteDays);
        positive("renewalMonths", renewalMonths);
        positive("fiscalYearEndMonths", fiscalYearEndMonths);
        relatedHiring = Set.copyOf(relatedHiring);
    }

    private static void positive(String field, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(field + " must be a finite number > 0: " + value);
        }
    }

    /**
     * Budget met from $10 M revenue, 200 employees, Series B or later, or $10 M raised (partly from $1 M, 20 people,
     * seed or Series A); an economic buyer active in 30 days; need met from intent 60 (partly 40) in the last 4
     * weeks, a competitor in use, or 3 pieces of problem content in 90 days; timeline met by a competitor renewal
     * within 4 months, partly by a fiscal-year end within 3 months or hiring for revenue roles; notes of 180 days.
     */
    public static BantRules defaults() {
        return new BantRules(10_000_000, 1_000_000, 200, 20,
                Set.of(FundingStage.SERIES_B, FundingStage.SERIES_C, FundingStage.SERIES_D_PLUS, FundingStage.PRIVATE_EQUITY,
                        FundingStage.PUBLIC),
                Set.of(FundingStage.SEED, FundingStage.SERIES_A), 10_000_000,
                30, 60, 40, 4,
                3, Set.of("content_download", "webinar_attended"), Set.of("case_study", "docs", "solution", "use_case", "comparison"),
                90, 180, 4, 3,
                Set.of("sales operations", "revenue operations", "marketing operations", "sdr", "bdr", "demand generation"));
    }
}
