package dev.leadscope.account.probability;

import dev.leadscope.account.committee.CommitteeAnalyzer.RoleEvent;
import dev.leadscope.account.committee.EventKinds;
import dev.leadscope.account.committee.EventWeights;
import dev.leadscope.domain.lead.CommitteeRole;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Counts of an account's recent activity that mark buying: events in 28 days, sales touches (calls, meetings,
 * chats), pricing views and the economic buyer's pricing views in 21 days, and product events (trial,
 * integration, teammates) in 28 days.
 */
public record RecentActivity(int events, int salesTouches, int pricingViews, int buyerPricingViews, int productEvents) {
    public static final RecentActivity NONE = new RecentActivity(0, 0, 0, 0, 0);
    private static final EventKinds PRODUCT = EventKinds.of(List.of("trial_signup", "integration_connected", "teammate_invited"));
    private static final EventKinds SALES = EventKinds.of(List.of("call", "meeting_booked", "chat"));

    public RecentActivity {
        if (events < 0 || salesTouches < 0 || pricingViews < 0 || buyerPricingViews < 0 || productEvents < 0) {
            throw new IllegalArgumentException("activity counts must be >= 0");
        }
    }

    public static RecentActivity of(List<RoleEvent> events, Instant asOf) {
        Instant from28 = asOf.minus(Duration.ofDays(28));
        Instant from21 = asOf.minus(Duration.ofDays(21));
        int all = 0;
        int sales = 0;
        int pricing = 0;
        int buyerPricing = 0;
        int product = 0;
        for (RoleEvent re : events) {
            Instant at = re.event().occurredAt();
            if (!at.isBefore(asOf) || at.isBefore(from28)) {
                continue;
            }
            all++;
            if (PRODUCT.matches(re.event())) {
                product++;
            }
            if (at.isBefore(from21)) {
                continue;
            }
            if (SALES.matches(re.event())) {
                sales++;
            }
            if (EventWeights.is(re.event(), "page_view:pricing")) {
                pricing++;
                buyerPricing += re.role() == CommitteeRole.ECONOMIC_BUYER ? 1 : 0;
            }
        }
        return new RecentActivity(all, sales, pricing, buyerPricing, product);
    }
}
