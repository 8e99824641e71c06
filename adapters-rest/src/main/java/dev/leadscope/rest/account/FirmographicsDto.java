package dev.leadscope.rest.account;

import dev.leadscope.domain.account.Firmographics;
import dev.leadscope.domain.account.FundingStage;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Locale;
import java.util.Set;

/** What a company is: industry, size, growth, funding, location, age and fiscal calendar; every field optional. */
@Serdeable
public record FirmographicsDto(
        @Nullable String industry,
        @Nullable Integer employees,
        @Nullable Double annualRevenue,
        @Nullable @Schema(description = "Year-on-year growth, 0.25 = 25 %") Double growthRate,
        @Nullable @Schema(description = "Open positions per month") Double hiringVelocity,
        @Nullable Set<String> hiringFor,
        @Nullable @Schema(description = "bootstrapped, pre_seed, seed, series_a ... series_d_plus, private_equity, public") String fundingStage,
        @Nullable Double totalRaised,
        @Nullable String country,
        @Nullable String region,
        @Nullable Integer foundedYear,
        @Nullable Integer fiscalYearEndMonth) {

    public static FirmographicsDto from(Firmographics f) {
        return new FirmographicsDto(f.industry(), f.employees(), f.annualRevenue(), f.growthRate(), f.hiringVelocity(), f.hiringFor(),
                f.fundingStage() == null ? null : f.fundingStage().name().toLowerCase(Locale.ROOT), f.totalRaised(), f.country(),
                f.region(), f.foundedYear(), f.fiscalYearEndMonth());
    }

    public Firmographics toDomain() {
        return new Firmographics(industry, employees, annualRevenue, growthRate, hiringVelocity, hiringFor, FundingStage.parse(fundingStage),
                totalRaised, country, region, foundedYear, fiscalYearEndMonth);
    }
}
