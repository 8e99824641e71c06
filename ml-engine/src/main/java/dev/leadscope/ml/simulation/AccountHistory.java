package dev.leadscope.ml.simulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Everything one account produced over the run, kept in memory only until it is written: which members
 * became leads and when, their events, notes, weekly hidden stages, truth probabilities and the ending.
 */
final class AccountHistory {
    static final long NEVER = Long.MAX_VALUE;

    /** A note written by the rep after a touch. */
    record SimNote(int member, long at, String channel, String text) {
    }

    final SimAccount account;
    final List<Member> members;
    final AccountTraits traits;
    final long[] joinedAt;
    final String[] sourceChannel;
    final String[] sourceCampaign;
    final byte[] stageByWeek;
    final double[] probabilityByWeek;
    /** The same probability for an observer who knows all but the order of each pricing journey's two pages. */
    final double[] probabilityWithoutOrderByWeek;
    final List<SimNote> notes = new ArrayList<>();
    /** The pricing journeys played, as {week, {@link BuyingDynamics#CASE_STUDY_FIRST} or {@link BuyingDynamics#PRICING_FIRST}}. */
    final List<int[]> journeys = new ArrayList<>();
    BuyingState ending;
    long endedAt = NEVER;

    long[] eventTimes = new long[64];
    int[] eventMembers = new int[64];
    byte[] eventTypes = new byte[64];
    byte[] eventCategories = new byte[64];
    int eventCount;

    AccountHistory(SimAccount account, List<Member> members, AccountTraits traits, int weeks) {
        this.account = account;
        this.members = members;
        this.traits = traits;
        this.joinedAt = new long[members.size()];
        Arrays.fill(joinedAt, NEVER);
        this.sourceChannel = new String[members.size()];
        this.sourceCampaign = new String[members.size()];
        this.stageByWeek = new byte[weeks];
        this.probabilityByWeek = new double[weeks];
        Arrays.fill(probabilityByWeek, Double.NaN);
        this.probabilityWithoutOrderByWeek = new double[weeks];
        Arrays.fill(probabilityWithoutOrderByWeek, Double.NaN);
    }

    void event(long at, int member, byte type, byte category) {
        if (eventCount == eventTimes.length) {
            int n = eventCount * 2;
            eventTimes = Arrays.copyOf(eventTimes, n);
            eventMembers = Arrays.copyOf(eventMembers, n);
            eventTypes = Arrays.copyOf(eventTypes, n);
            eventCategories = Arrays.copyOf(eventCategories, n);
        }
        eventTimes[eventCount] = at;
        eventMembers[eventCount] = member;
        eventTypes[eventCount] = type;
        eventCategories[eventCount] = category;
        eventCount++;
    }

    boolean joined(int member) {
        return joinedAt[member] != NEVER;
    }

    boolean anyJoinedBefore(long at) {
        for (long t : joinedAt) {
            if (t < at) {
                return true;
            }
        }
        return false;
    }
}
