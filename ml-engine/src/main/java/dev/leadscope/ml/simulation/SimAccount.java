package dev.leadscope.ml.simulation;

import dev.leadscope.domain.account.FundingStage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One simulated company: its true attributes (before any value is blanked for the CSV) and its sales rep. */
record SimAccount(
        int index,
        String id,
        String name,
        String domain,
        String industry,
        int employees,
        double annualRevenue,
        double growthRate,
        double hiringVelocity,
        List<String> hiringFor,
        FundingStage fundingStage,
        double totalRaised,
        String country,
        String region,
        int utcOffsetHours,
        int foundedYear,
        int fiscalYearEndMonth,
        List<String> technologies,
        List<String> competitorProducts,
        LocalDate contractRenewalDate,
        Instant createdAt,
        int rep,
        List<String> intentTopics) {

    boolean usesCompetitor() {
        return !competitorProducts.isEmpty();
    }

    boolean hiringForRevenueRoles() {
        return hiringFor.stream().anyMatch(Catalog.REVENUE_ROLES::contains);
    }

    boolean runsCrm() {
        return technologies.contains("Salesforce") || technologies.contains("HubSpot");
    }
}
