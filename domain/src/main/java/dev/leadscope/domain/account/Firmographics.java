package dev.leadscope.domain.account;

import dev.leadscope.domain.common.Texts;
import java.util.Set;

/**
 * What a company is: industry, size, growth, funding, location, age and fiscal calendar.
 * Every field may be unknown ({@code null}); known values are checked.
 */
public record Firmographics(
        String industry,
        Integer employees,
        Double annualRevenue,
        Double growthRate,
        Double hiringVelocity,
        Set<String> hiringFor,
        FundingStage fundingStage,
        Double totalRaised,
        String country,
        String region,
        Integer foundedYear,
        Integer fiscalYearEndMonth) {

    public static final Firmographics UNKNOWN = new Firmographics(null, null, null, null, null, Set.of(), null, null, null, null, null, null);

    public Firmographics {
        industry = Texts.optional("industry", industry, 128);
        if (employees != null && employees < 0) {
            throw new IllegalArgumentException("employees must be >= 0: " + employees);
        }
        Texts.nonNegative("annualRevenue", annualRevenue);
        if (growthRate != null && !Double.isFinite(growthRate)) {
            throw new IllegalArgumentException("growthRate must be a finite number: " + growthRate);
        }
        Texts.nonNegative("hiringVelocity", hiringVelocity);
        hiringFor = Tags.normalize("hiringFor", hiringFor);
        Texts.nonNegative("totalRaised", totalRaised);
        country = Texts.optional("country", country, 64);
        region = Texts.optional("region", region, 64);
        if (foundedYear != null && (foundedYear < 1600 || foundedYear > 2200)) {
            throw new IllegalArgumentException("foundedYear must be between 1600 and 2200: " + foundedYear);
        }
        if (fiscalYearEndMonth != null && (fiscalYearEndMonth < 1 || fiscalYearEndMonth > 12)) {
            throw new IllegalArgumentException("fiscalYearEndMonth must be between 1 and 12: " + fiscalYearEndMonth);
        }
    }
}
