package dev.leadscope.persistence.account;

import dev.leadscope.domain.account.Account;
import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.account.Firmographics;
import dev.leadscope.domain.account.FundingStage;
import dev.leadscope.domain.account.Technographics;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.persistence.support.JsonColumns;
import dev.leadscope.persistence.support.RowKey;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** An account as one row of the {@code accounts} table. */
@MappedEntity("accounts")
record AccountRow(
        @EmbeddedId RowKey key,
        String name,
        @Nullable String domain,
        @Nullable String industry,
        @Nullable Integer employees,
        @Nullable Double annualRevenue,
        @Nullable Double growthRate,
        @Nullable Double hiringVelocity,
        String hiringFor,
        @Nullable String fundingStage,
        @Nullable Double totalRaised,
        @Nullable String country,
        @Nullable String region,
        @Nullable Integer foundedYear,
        @Nullable Integer fiscalYearEndMonth,
        String technologies,
        String competitorProducts,
        @Nullable LocalDate contractRenewalDate,
        String attributes,
        Instant createdAt) {

    static AccountRow from(Account account) {
        Firmographics f = account.firmographics();
        Technographics t = account.technographics();
        return new AccountRow(new RowKey(account.workspace().value(), account.id().value()), account.name(), account.domain(),
                f.industry(), f.employees(), f.annualRevenue(), f.growthRate(), f.hiringVelocity(), JsonColumns.tags(f.hiringFor()),
                f.fundingStage() == null ? null : f.fundingStage().name(), f.totalRaised(), f.country(), f.region(),
                f.foundedYear(), f.fiscalYearEndMonth(), JsonColumns.tags(t.technologies()), JsonColumns.tags(t.competitorProducts()),
                account.contractRenewalDate(), JsonColumns.attributes(account.attributes()), account.createdAt());
    }

    /** Reads the row by hand: the entity mapper's column look-ups cost more than the query on a bulk read. */
    static AccountRow read(ResultSet rs) throws SQLException {
        return new AccountRow(new RowKey(rs.getString("workspace_id"), rs.getString("id")), rs.getString("name"),
                rs.getString("domain"), rs.getString("industry"), rs.getObject("employees", Integer.class),
                rs.getObject("annual_revenue", Double.class), rs.getObject("growth_rate", Double.class),
                rs.getObject("hiring_velocity", Double.class), rs.getString("hiring_for"), rs.getString("funding_stage"),
                rs.getObject("total_raised", Double.class), rs.getString("country"), rs.getString("region"),
                rs.getObject("founded_year", Integer.class), rs.getObject("fiscal_year_end_month", Integer.class),
                rs.getString("technologies"), rs.getString("competitor_products"),
                rs.getObject("contract_renewal_date", LocalDate.class), rs.getString("attributes"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    Account toDomain() {
        Firmographics firmographics = new Firmographics(industry, employees, annualRevenue, growthRate, hiringVelocity,
                JsonColumns.tags(hiringFor), fundingStage == null ? null : FundingStage.valueOf(fundingStage), totalRaised,
                country, region, foundedYear, fiscalYearEndMonth);
        return new Account(new WorkspaceId(key.workspaceId()), new AccountId(key.id()), name, domain, firmographics,
                new Technographics(JsonColumns.tags(technologies), JsonColumns.tags(competitorProducts)),
                contractRenewalDate, JsonColumns.attributes(attributes), createdAt);
    }
}
