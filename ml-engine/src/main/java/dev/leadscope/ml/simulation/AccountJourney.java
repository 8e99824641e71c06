package dev.leadscope.ml.simulation;

import static dev.leadscope.ml.simulation.EventCodes.*;

import dev.leadscope.domain.lead.CommitteeRole;
import java.util.SplittableRandom;

/**
 * Runs one account through the weeks: moves its hidden stage with {@link BuyingDynamics}, lets committee
 * members become leads, plays pricing journeys, emits everyone's sessions, records the exact probability
 * of buying within 90 days at each weekly scoring time, and ends the account when it buys or is lost.
 */
final class AccountJourney {
    private static final double[] START = {0.70, 0.15, 0.10, 0.05};
    /** Weekly chance that a not-yet-lead member becomes a lead, per role (EB unused: see dynamics) and stage. */
    private static final double[][] JOIN = {
            {0, 0, 0, 0},
            {0.01, 0.05, 0.20, 0.15},
            {0.005, 0.03, 0.06, 0.12},
            {0.02, 0.15, 0.20, 0.20}};
    private static final String[] CHANNELS = {"organic_search", "paid_search", "paid_social", "webinar",
            "content_syndication", "referral", "event", "outbound", "list_import"};
    private static final double[] CHANNEL_WEIGHTS = {25, 12, 10, 12, 8, 6, 7, 12, 8};
    /** In the drift's first week, a newly fitting account out of the market enters it with this chance. */
    static final double MARKET_OPENS = 0.6;
    /** ... and each of its members not yet a lead becomes one with this chance (the new market's inbound wave). */
    static final double WAVE_JOINS = 0.5;

    private final BuyingDynamics dynamics;
    private final SessionEmitter sessions;
    private final long originEpoch;
    private final long endExclusive;
    private final int weeks;
    private final double[] scratch = new double[BuyingDynamics.STAGES];

    AccountJourney(BuyingDynamics dynamics, SessionEmitter sessions, long originEpoch, long endExclusive, int weeks) {
        this.dynamics = dynamics;
        this.sessions = sessions;
        this.originEpoch = originEpoch;
        this.endExclusive = endExclusive;
        this.weeks = weeks;
    }

    void run(AccountHistory h, SplittableRandom rng) {
        AccountTraits t = h.traits;
        int stage = Rand.weighted(rng, START);
        int momentum = 0;
        double[] momentumBelief = {1, 0, 0, 0};
        boolean economicBuyer = false;
        boolean trial = false;
        for (int w = 0; w < weeks; w++) {
            long t0 = originEpoch + w * SessionEmitter.WEEK;
            if (h.ending != null) {
                h.stageByWeek[w] = (byte) h.ending.ordinal();
                continue;
            }
            if (h.anyJoinedBefore(t0)) {
                double p = dynamics.probabilityToBuy(t, stage, momentum, economicBuyer, w, BuyingDynamics.HORIZON_WEEKS);
                h.probabilityByWeek[w] = p;
                // the belief is usually sure of the true momentum (always without order effects): then it is the same chain
                h.probabilityWithoutOrderByWeek[w] = momentumBelief[momentum] == 1.0 ? p
                        : dynamics.probabilityToBuy(t, stage, momentumBelief, economicBuyer, w, BuyingDynamics.HORIZON_WEEKS);
            }
            boolean wave = dynamics.driftStarts(w) && t.fitAfter() >= 2 * t.fitBefore();
            if (wave && stage == 0 && rng.nextDouble() < MARKET_OPENS) {
                stage = 1; // the market opens for this account: it starts researching at once
            }
            int next = dynamics.nextStage(t, stage, momentum, economicBuyer, w, rng, scratch);
            if (BuyingState.ALL[next].terminal()) {
                long at = outcomeTime(rng, t0, h.account.utcOffsetHours());
                if (!h.anyJoinedBefore(at)) {
                    join(h, firstNonEconomicBuyer(h), t0, Math.min(at - 3600, t0 + 3 * SessionEmitter.DAY), rng);
                }
                emitAll(h, stage, t0, trial, rng);
                h.ending = BuyingState.ALL[next];
                h.endedAt = at;
                h.stageByWeek[w] = (byte) next;
                continue;
            }
            h.stageByWeek[w] = (byte) next;
            int journey = dynamics.journey(next, rng);
            boolean ebJoins = !economicBuyer && t.hasEconomicBuyer() && rng.nextDouble() < dynamics.economicBuyerJoins(next);
            for (Member m : h.members) {
                if (!h.joined(m.index()) && m.role() != CommitteeRole.ECONOMIC_BUYER
                        && rng.nextDouble() < (wave && next > 0 ? Math.max(WAVE_JOINS, JOIN[SessionEmitter.roleIndex(m.role())][next])
                        : JOIN[SessionEmitter.roleIndex(m.role())][next])) {
                    join(h, m, t0, t0 + SessionEmitter.WEEK - 1, rng);
                }
            }
            if (ebJoins) {
                for (Member m : h.members) {
                    if (m.role() == CommitteeRole.ECONOMIC_BUYER && !h.joined(m.index())) {
                        join(h, m, t0, t0 + SessionEmitter.WEEK - 1, rng);
                    }
                }
            }
            if (journey != BuyingDynamics.NO_JOURNEY) {
                playJourney(h, journey, t0, rng);
                h.journeys.add(new int[] {w, journey});
            }
            trial = emitAll(h, next, t0, trial, rng);
            momentumBelief = dynamics.momentumBeliefAfter(t, momentumBelief, stage, next, economicBuyer, w, journey);
            momentum = dynamics.nextMomentum(momentum, journey);
            economicBuyer = economicBuyer || ebJoins;
            stage = next;
        }
    }

    private boolean emitAll(AccountHistory h, int stage, long t0, boolean trial, SplittableRandom rng) {
        boolean started = trial;
        for (Member m : h.members) {
            if (h.joinedAt[m.index()] < t0 + SessionEmitter.WEEK) {
                started = sessions.emitWeek(h, m, Math.min(stage, 3), t0, started, rng);
            }
        }
        return started;
    }

    /** A case study and a pricing page, by one lead, hours to days apart inside the week, in the drawn order. */
    private void playJourney(AccountHistory h, int journey, long t0, SplittableRandom rng) {
        double[] weights = new double[h.members.size()];
        boolean any = false;
        for (Member m : h.members) {
            if (h.joinedAt[m.index()] < t0 + 2 * SessionEmitter.DAY) {
                weights[m.index()] = switch (m.role()) {
                    case CHAMPION -> 0.4;
                    case ECONOMIC_BUYER -> 0.3;
                    default -> 0.15;
                };
                any = true;
            }
        }
        Member doer;
        if (any) {
            doer = h.members.get(Rand.weighted(rng, weights));
        } else {
            doer = firstNonEconomicBuyer(h);
            if (!h.joined(doer.index())) {
                join(h, doer, t0, t0 + SessionEmitter.DAY, rng);
            }
        }
        long first = Math.max(t0, h.joinedAt[doer.index()]) + 600 + rng.nextInt((int) (2 * SessionEmitter.DAY));
        long second = first + 2 * 3600 + rng.nextInt((int) (3 * SessionEmitter.DAY));
        second = Math.min(second, t0 + SessionEmitter.WEEK - 1);
        byte a = journey == BuyingDynamics.CASE_STUDY_FIRST ? CASE_STUDY : PRICING;
        byte b = journey == BuyingDynamics.CASE_STUDY_FIRST ? PRICING : CASE_STUDY;
        h.event(first, doer.index(), PAGE_VIEW, a);
        h.event(second, doer.index(), PAGE_VIEW, b);
    }

    /** Makes {@code m} a lead at a moment in {@code from..to}, with the event its source channel implies. */
    private static void join(AccountHistory h, Member m, long from, long to, SplittableRandom rng) {
        long at = SessionEmitter.sessionTime(rng, from, h.account.utcOffsetHours());
        if (at > to) {
            at = from + (long) (rng.nextDouble() * Math.max(1, to - from));
        }
        h.joinedAt[m.index()] = at;
        String channel = CHANNELS[Rand.weighted(rng, CHANNEL_WEIGHTS)];
        h.sourceChannel[m.index()] = channel;
        h.sourceCampaign[m.index()] = campaign(channel, at, rng);
        switch (channel) {
            case "webinar" -> h.event(at, m.index(), WEBINAR_REGISTERED, NONE);
            case "outbound", "list_import", "event" -> {
            }
            default -> {
                h.event(at, m.index(), FORM_SUBMIT, NONE);
                if (channel.equals("content_syndication") || rng.nextBoolean()) {
                    h.event(at + 2 + rng.nextInt(20), m.index(), CONTENT_DOWNLOAD, NONE);
                }
            }
        }
    }

    private static String campaign(String channel, long at, SplittableRandom rng) {
        if (rng.nextDouble() < 0.3 || channel.equals("organic_search")) {
            return null;
        }
        java.time.LocalDate day = java.time.LocalDate.ofEpochDay(Math.floorDiv(at, SessionEmitter.DAY));
        String topic = Rand.pick(rng, Catalog.TOPICS).replace(' ', '-');
        return day.getYear() + "-q" + ((day.getMonthValue() + 2) / 3) + "-" + channel.replace('_', '-') + "-" + topic;
    }

    private static Member firstNonEconomicBuyer(AccountHistory h) {
        for (Member m : h.members) {
            if (m.role() != CommitteeRole.ECONOMIC_BUYER) {
                return m;
            }
        }
        throw new IllegalStateException("a committee always has a member who is not the economic buyer");
    }

    /** Deals close on weekdays in local business hours, so inside the week of the transition. */
    private long outcomeTime(SplittableRandom rng, long t0, int utcOffsetHours) {
        long at = t0 + rng.nextInt(5) * SessionEmitter.DAY + (long) ((9 + 8 * rng.nextDouble() - utcOffsetHours) * 3600);
        return Math.max(t0 + 3600, Math.min(t0 + 5 * SessionEmitter.DAY - 3600, at));
    }
}
