package dev.leadscope.domain.event;

import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.common.Recurring;
import dev.leadscope.domain.common.Texts;
import dev.leadscope.domain.common.WorkspaceId;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Third-party research surge for an account on a topic: a score from 0 to 100 for the week starting on
 * {@code weekStart} (a Monday). One signal per account, topic and week; recording it again replaces it.
 */
public record IntentSignal(WorkspaceId workspace, AccountId accountId, String topic, LocalDate weekStart, int score, String provider) {
    /** Topics, providers and weeks are few and shared by many signals: each signal holds the one kept instance. */
    private static final Recurring<String> TOPICS = new Recurring<>(10_000);
    private static final Recurring<String> PROVIDERS = new Recurring<>(1_000);
    private static final Recurring<LocalDate> WEEKS = new Recurring<>(10_000);

    public IntentSignal {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(accountId, "accountId");
        topic = TOPICS.of(Texts.required("topic", topic, 128));
        if (weekStart == null) {
            throw new IllegalArgumentException("weekStart must not be empty");
        }
        weekStart = WEEKS.of(weekStart.with(DayOfWeek.MONDAY));
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("score must be between 0 and 100: " + score);
        }
        provider = Texts.optional("provider", provider, 64);
        provider = provider == null ? null : PROVIDERS.of(provider);
    }
}
