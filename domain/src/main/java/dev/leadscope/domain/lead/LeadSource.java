package dev.leadscope.domain.lead;

import dev.leadscope.domain.common.Texts;

/** Where a lead came from: the channel (organic search, paid social, event, referral...) and the campaign. */
public record LeadSource(String channel, String campaign) {
    public static final LeadSource UNKNOWN = new LeadSource(null, null);

    public LeadSource {
        channel = Texts.optional("source.channel", channel, 128);
        campaign = Texts.optional("source.campaign", campaign, 256);
    }
}
