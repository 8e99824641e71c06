package dev.leadscope.rest.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Bad webhook settings are refused with the setting named; good ones give the retry policy they describe. */
class WebhookSettingsTest {
    private static final Duration S = Duration.ofSeconds(1);

    private static WebhookSettings settings(int threads, Duration lease, Duration base, Duration cap, int tries, Duration retention) {
        return new WebhookSettings(threads, S, 20, S.multipliedBy(5), S.multipliedBy(10), lease, base, cap, tries, retention);
    }

    @Test
    void givenDefaults_thenTheRetryPolicyFollowsThem() {
        WebhookSettings ok = settings(2, Duration.ofSeconds(60), Duration.ofSeconds(10), Duration.ofHours(1), 8, Duration.ofDays(30));

        assertThat(ok.retryPolicy().maxAttempts()).isEqualTo(8);
        assertThat(ok.retryPolicy().ceiling(2)).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void givenBadValues_thenTheSettingIsNamed() {
        assertThatThrownBy(() -> settings(-1, Duration.ofSeconds(60), S, S, 8, Duration.ZERO)).hasMessageContaining("leadscope.webhooks.threads");
        assertThatThrownBy(() -> settings(1, Duration.ofSeconds(15), S, S, 8, Duration.ZERO)).hasMessageContaining("leadscope.webhooks.lease");
        assertThatThrownBy(() -> settings(1, Duration.ofSeconds(60), S, S, 0, Duration.ZERO)).hasMessageStartingWith("leadscope.webhooks.max-attempts must");
        assertThatThrownBy(() -> settings(1, Duration.ofSeconds(60), S.multipliedBy(2), S, 3, Duration.ZERO)).hasMessageStartingWith("leadscope.webhooks.retry-cap must");
        assertThatThrownBy(() -> settings(1, Duration.ofSeconds(60), S, S, 3, Duration.ofDays(-1))).hasMessageContaining("leadscope.webhooks.retention");
    }
}
