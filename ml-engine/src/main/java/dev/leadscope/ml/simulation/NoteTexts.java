package dev.leadscope.ml.simulation;

import dev.leadscope.domain.lead.CommitteeRole;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a rep's note after a touch: an opening, then one to three BANT cues whose polarity follows the
 * hidden stage four times in five (positive budget and timeline cues when deciding, "just researching" and
 * "no budget this year" when not in market), with negations ("no hard requirement for SSO") and hedges
 * ("might have budget next quarter").
 */
final class NoteTexts {
    private static final String[] OPENINGS = {"Intro call with %s.", "Follow-up with %s.", "Demo went well, %s asked good questions.",
            "Spoke with %s about lead routing.", "Quick sync with %s.", "%s replied to the sequence.", "Discovery call: %s."};
    private static final String[][] BUDGET = {
            {"No budget this year.", "Budget frozen until next fiscal year.", "They don't have budget for new tools."},
            {"Might have budget next quarter.", "Budget not confirmed yet.", "Probably can find budget if the pilot works."},
            {"Budget approved for Q%d.", "They have budget set aside for this.", "Budget is not an issue.",
                    "Finance signed off on the spend."}};
    private static final String[][] AUTHORITY = {
            {"Not the decision maker.", "Need to find who owns the budget.", "Has no say on tooling."},
            {"Will loop in their CFO.", "Needs VP sign-off, not sure who.", "Decision sits with the exec team, maybe."},
            {"CFO will sign off.", "She is the decision maker.", "Exec sponsor confirmed on the call."}};
    private static final String[][] NEED = {
            {"Current tool is fine for now.", "No hard requirement for SSO.", "They don't need the API."},
            {"Might need SSO later.", "Reporting could be a need, unclear.", "Interested in the Salesforce sync, not urgent."},
            {"We need SSO.", "Must have SOC 2 report.", "Need a Salesforce integration.", "Scoring accuracy is the main pain."}};
    private static final String[][] TIMELINE = {
            {"Just researching.", "Not before next year.", "No timeline yet.", "Early days, just looking."},
            {"Running a pilot over the next month.", "Comparing us with %s.", "Maybe a decision next quarter."},
            {"Decision by end of quarter.", "Want to go live in 6 weeks.", "Contract signature expected this month."}};

    /** Composes the text for a note about {@code member} written while the account is in {@code stage}. */
    String compose(AccountHistory h, Member member, int stage, SplittableRandom rng) {
        StringBuilder text = new StringBuilder();
        String name = member.firstName();
        text.append(String.format(Locale.ROOT, Rand.pick(rng, OPENINGS), name));
        int cues = 1 + rng.nextInt(3);
        for (int i = 0; i < cues; i++) {
            String[][] family = switch (rng.nextInt(4)) {
                case 0 -> BUDGET;
                case 1 -> member.role() == CommitteeRole.ECONOMIC_BUYER && rng.nextBoolean() ? BUDGET : AUTHORITY;
                case 2 -> NEED;
                default -> TIMELINE;
            };
            String cue = Rand.pick(rng, family[polarity(stage, rng)]);
            if (cue.contains("%d")) {
                cue = String.format(Locale.ROOT, cue, 1 + rng.nextInt(4));
            } else if (cue.contains("%s")) {
                cue = String.format(Locale.ROOT, cue, h.account.usesCompetitor()
                        ? h.account.competitorProducts().get(0) : Rand.pick(rng, Catalog.COMPETITORS));
            }
            text.append(' ').append(cue);
        }
        String result = text.toString();
        return rng.nextDouble() < 0.1 ? result.toLowerCase(Locale.ROOT) : result;
    }

    /** 0 negative, 1 hedged, 2 positive: follows the stage four times in five, otherwise random. */
    private static int polarity(int stage, SplittableRandom rng) {
        if (rng.nextDouble() < 0.2) {
            return rng.nextInt(3);
        }
        return switch (stage) {
            case 0 -> 0;
            case 1 -> rng.nextBoolean() ? 0 : 1;
            case 2 -> rng.nextBoolean() ? 1 : 2;
            default -> 2;
        };
    }
}
