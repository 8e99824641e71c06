package dev.leadscope.domain.account;

import dev.leadscope.domain.common.Instants;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.CommitteeRole;
import dev.leadscope.domain.scoring.ConversionProbability;
import dev.leadscope.domain.scoring.ModelVersion;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An account's probability of buying within the horizon, how it was obtained (and by which stored account model,
 * when one made it), committee coverage (members per
 * role), decayed engagement per role, buying stage, surge, cross-role patterns seen, and the roles still to reach.
 */
public record AccountScore(
        WorkspaceId workspace,
        AccountId account,
        ConversionProbability probability,
        Method method,
        Map<CommitteeRole, Integer> coverage,
        Map<CommitteeRole, Double> engagement,
        BuyingStage stage,
        Surge surge,
        List<String> patterns,
        List<CommitteeRole> missingRoles,
        Instant scoredAt,
        ModelVersion modelVersion) {

    /** How the probability was obtained. */
    public enum Method {
        /** A model trained on this workspace's account-level outcomes. */
        LEARNED,
        /** Combined from the members' probabilities and committee coverage, for want of enough outcomes. */
        COMBINED
    }

    public AccountScore {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(probability, "probability");
        Objects.requireNonNull(method, "method");
        coverage = enumCopy("coverage", coverage);
        engagement = enumCopy("engagement", engagement);
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(surge, "surge");
        patterns = patterns == null ? List.of() : List.copyOf(patterns);
        missingRoles = missingRoles == null ? List.of() : List.copyOf(missingRoles);
        scoredAt = Instants.micros(Objects.requireNonNull(scoredAt, "scoredAt"));
    }

    /** A score made without a stored account model (the default combination). */
    public AccountScore(WorkspaceId workspace, AccountId account, ConversionProbability probability, Method method,
                        Map<CommitteeRole, Integer> coverage, Map<CommitteeRole, Double> engagement, BuyingStage stage,
                        Surge surge, List<String> patterns, List<CommitteeRole> missingRoles, Instant scoredAt) {
        this(workspace, account, probability, method, coverage, engagement, stage, surge, patterns, missingRoles, scoredAt, null);
    }

    private static <V> Map<CommitteeRole, V> enumCopy(String field, Map<CommitteeRole, V> map) {
        Objects.requireNonNull(map, field);
        EnumMap<CommitteeRole, V> copy = new EnumMap<>(CommitteeRole.class);
        map.forEach((k, v) -> copy.put(Objects.requireNonNull(k, field + " role"), Objects.requireNonNull(v, field + "." + k)));
        return Collections.unmodifiableMap(copy);
    }
}
