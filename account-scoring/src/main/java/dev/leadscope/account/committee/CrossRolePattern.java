package dev.leadscope.account.committee;

import dev.leadscope.domain.common.Texts;
import dev.leadscope.domain.lead.CommitteeRole;
import java.util.Set;

/**
 * A sequence across roles (or within the committee) worth noticing: an event of {@code firstKinds} by one of {@code firstRoles}, followed
 * within {@code windowDays} by an event of {@code secondKinds} by one of {@code secondRoles}. Kinds are type names
 * or "type:category".
 */
public record CrossRolePattern(String name, Set<CommitteeRole> firstRoles, Set<String> firstKinds,
                               Set<CommitteeRole> secondRoles, Set<String> secondKinds, int windowDays) {
    public CrossRolePattern {
        name = Texts.required("pattern.name", name, 128);
        firstRoles = nonEmpty("firstRoles", firstRoles);
        firstKinds = nonEmpty("firstKinds", firstKinds);
        secondRoles = nonEmpty("secondRoles", secondRoles);
        secondKinds = nonEmpty("secondKinds", secondKinds);
        if (windowDays < 1 || windowDays > 365) {
            throw new IllegalArgumentException("pattern.windowDays must be between 1 and 365: " + windowDays);
        }
    }

    private static <T> Set<T> nonEmpty(String field, Set<T> set) {
        if (set == null || set.isEmpty()) {
            throw new IllegalArgumentException("pattern." + field + " must not be empty");
        }
        return Set.copyOf(set);
    }

    /** Technical activity followed by finance viewing pricing within 14 days. */
    public static final CrossRolePattern TECHNICAL_THEN_FINANCE_PRICING = new CrossRolePattern(
            "technical evaluation then finance viewing pricing",
            Set.of(CommitteeRole.TECHNICAL_EVALUATOR),
            Set.of("page_view:docs", "trial_signup", "integration_connected", "product_usage", "teammate_invited"),
            Set.of(CommitteeRole.ECONOMIC_BUYER), Set.of("page_view:pricing"), 14);

    /** A champion's activity followed by an executive sponsor meeting, attending a webinar or reading a case study. */
    public static final CrossRolePattern CHAMPION_THEN_SPONSOR = new CrossRolePattern(
            "champion activity then executive sponsor engaging",
            Set.of(CommitteeRole.CHAMPION),
            Set.of("page_view:pricing", "page_view:docs", "trial_signup", "teammate_invited", "form_submit", "meeting_booked"),
            Set.of(CommitteeRole.EXECUTIVE_SPONSOR), Set.of("meeting_booked", "webinar_attended", "page_view:case_study", "call"), 14);

    /**
     * A case study read and pricing viewed within a week, by anyone on the committee: the order that signals a
     * buyer who has made up their mind (pricing first and then silence signals price shopping).
     */
    public static final CrossRolePattern CASE_STUDY_THEN_PRICING = new CrossRolePattern(
            "case study then pricing within a week",
            Set.of(CommitteeRole.values()), Set.of("page_view:case_study"),
            Set.of(CommitteeRole.values()), Set.of("page_view:pricing"), 7);
}
