package dev.leadscope.rest.lead;

import dev.leadscope.domain.lead.LeadSource;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Where a lead came from: channel (organic_search, paid_social, event, referral ...) and campaign. */
@Serdeable
public record SourceDto(@Nullable String channel, @Nullable String campaign) {

    public static SourceDto from(LeadSource s) {
        return new SourceDto(s.channel(), s.campaign());
    }

    public LeadSource toDomain() {
        return new LeadSource(channel, campaign);
    }
}
