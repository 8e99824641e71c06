package dev.leadscope.ml.simulation;

import static dev.leadscope.ml.simulation.EventCodes.*;

import dev.leadscope.domain.lead.CommitteeRole;
import java.util.SplittableRandom;

/**
 * Emits one lead's activity for one week. The number of sessions depends on the stage and the person's
 * engagement; the session kind and the pages read depend on the role: technical people read docs and
 * connect integrations, finance views pricing, executives attend webinars, champions do a bit of all.
 */
final class SessionEmitter {
    static final long DAY = 86_400;
    static final long WEEK = 7 * DAY;

    /** Mean sessions per week in NOT_IN_MARKET, RESEARCHING, EVALUATING, DECIDING. */
    private static final double[] RATE = {0.3, 0.9, 1.6, 1.9};
    private static final int WEB = 0;
    private static final int EMAIL = 1;
    private static final int WEBINAR = 2;
    private static final int CONTENT = 3;
    private static final int PRODUCT = 4;
    private static final int SALES = 5;
    /** Session kind weights per role (EB, TE, ES, CH) before stage adjustments. */
    private static final double[][] KIND = {
            {4, 3, 0.5, 1, 0, 1.5},
            {4, 1.5, 0.5, 1, 3, 0.5},
            {2, 2, 2.5, 1, 0, 1},
            {4, 3, 1, 1.5, 1.5, 1.5}};
    /** Page category weights per role: pricing, docs, case study, blog, product. */
    private static final double[][] PAGES = {
            {0.18, 0.07, 0.08, 0.30, 0.37},
            {0.03, 0.50, 0.03, 0.17, 0.27},
            {0.07, 0.02, 0.12, 0.41, 0.38},
            {0.06, 0.13, 0.07, 0.37, 0.37}};

    private final NoteTexts notes;

    SessionEmitter(NoteTexts notes) {
        this.notes = notes;
    }

    /** Emits the week's sessions for {@code member}, none before it joined; returns whether it started a trial. */
    boolean emitWeek(AccountHistory h, Member member, int stage, long weekStart, boolean trialStarted,
                     SplittableRandom rng) {
        int role = roleIndex(member.role());
        int sessions = Rand.poisson(rng, RATE[stage] * member.engagement());
        double[] kinds = KIND[role].clone();
        kinds[PRODUCT] *= stage >= 2 ? 1 : stage == 1 ? 0.15 : 0;
        kinds[SALES] *= new double[] {0.1, 0.4, 1.0, 2.0}[stage];
        kinds[EMAIL] *= stage == 0 ? 2 : 1;
        boolean trial = trialStarted;
        for (int i = 0; i < sessions; i++) {
            long at = sessionTime(rng, weekStart, h.account.utcOffsetHours());
            if (at <= h.joinedAt[member.index()]) {
                continue;
            }
            switch (Rand.weighted(rng, kinds)) {
                case WEB -> web(h, member, role, at, rng);
                case EMAIL -> email(h, member, stage, at, rng);
                case WEBINAR -> webinar(h, member, at, rng);
                case CONTENT -> {
                    h.event(at, member.index(), FORM_SUBMIT, NONE);
                    h.event(at + 3 + rng.nextInt(30), member.index(), CONTENT_DOWNLOAD, NONE);
                }
                case PRODUCT -> trial = product(h, member, at, trial, rng);
                default -> sales(h, member, stage, at, rng);
            }
        }
        return trial;
    }

    private void web(AccountHistory h, Member m, int role, long at, SplittableRandom rng) {
        int pages = 1 + Math.min(7, geometric(rng, 0.45));
        long t = at;
        for (int p = 0; p < pages; p++) {
            h.event(t, m.index(), PAGE_VIEW, (byte) (1 + Rand.weighted(rng, PAGES[role])));
            t += 20 + rng.nextInt(280);
        }
        if (rng.nextDouble() < 0.05) {
            h.event(t, m.index(), CHAT, NONE);
        }
    }

    private static void email(AccountHistory h, Member m, int stage, long at, SplittableRandom rng) {
        h.event(at, m.index(), EMAIL_OPEN, NONE);
        if (rng.nextDouble() < (stage >= 2 ? 0.35 : 0.22)) {
            long click = at + 10 + rng.nextInt(3 * 3600);
            h.event(click, m.index(), EMAIL_CLICK, NONE);
            if (rng.nextBoolean()) {
                h.event(click + 2 + rng.nextInt(20), m.index(), PAGE_VIEW, rng.nextBoolean() ? BLOG : PRODUCT);
            }
        }
    }

    private static void webinar(AccountHistory h, Member m, long at, SplittableRandom rng) {
        h.event(at, m.index(), WEBINAR_REGISTERED, NONE);
        double attend = m.role() == CommitteeRole.EXECUTIVE_SPONSOR ? 0.6 : 0.4;
        if (rng.nextDouble() < attend) {
            h.event(at + (2 + rng.nextInt(8)) * DAY + rng.nextInt(3600), m.index(), WEBINAR_ATTENDED, NONE);
        }
    }

    private static boolean product(AccountHistory h, Member m, long at, boolean trial, SplittableRandom rng) {
        if (!trial) {
            h.event(at, m.index(), TRIAL_SIGNUP, NONE);
            return true;
        }
        boolean technical = m.role() == CommitteeRole.TECHNICAL_EVALUATOR;
        double u = rng.nextDouble();
        if (u < (technical ? 0.45 : 0.12)) {
            h.event(at, m.index(), INTEGRATION_CONNECTED, NONE);
        } else if (u < (technical ? 0.65 : 0.5)) {
            h.event(at, m.index(), TEAMMATE_INVITED, NONE);
        } else {
            h.event(at, m.index(), PAGE_VIEW, technical ? DOCS : PRODUCT);
        }
        return true;
    }

    private void sales(AccountHistory h, Member m, int stage, long at, SplittableRandom rng) {
        double u = rng.nextDouble();
        byte type = u < 0.4 ? CALL : u < 0.7 && stage >= 2 ? MEETING_BOOKED : CHAT;
        h.event(at, m.index(), type, NONE);
        double writes = type == CHAT ? 0.2 : 0.35 + 0.5 * h.traits.repSkill();
        if (rng.nextDouble() < writes) {
            String channel = type == CALL ? "call" : type == CHAT ? "chat" : "meeting";
            long written = at + 600 + rng.nextInt(2 * 3600);
            h.notes.add(new AccountHistory.SimNote(m.index(), written, channel, notes.compose(h, m, stage, rng)));
        }
    }

    /** A moment in the week, mostly on weekdays in local business hours. */
    static long sessionTime(SplittableRandom rng, long weekStart, int utcOffsetHours) {
        int day = Rand.weighted(rng, new double[] {18, 18, 18, 18, 17, 5.5, 5.5});
        double hour = Rand.clamp(13 + 3 * rng.nextGaussian(), 6, 22.9);
        long at = weekStart + day * DAY + (long) ((hour - utcOffsetHours) * 3600) + rng.nextInt(60);
        return weekStart + Math.floorMod(at - weekStart, WEEK);
    }

    static int roleIndex(CommitteeRole role) {
        return switch (role) {
            case ECONOMIC_BUYER -> 0;
            case TECHNICAL_EVALUATOR -> 1;
            case EXECUTIVE_SPONSOR -> 2;
            default -> 3;
        };
    }

    private static int geometric(SplittableRandom rng, double p) {
        int k = 0;
        while (rng.nextDouble() > p && k < 50) {
            k++;
        }
        return k;
    }
}
