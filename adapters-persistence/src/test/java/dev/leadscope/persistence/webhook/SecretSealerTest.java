package dev.leadscope.persistence.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Secrets are sealed with AES-GCM under the configured key, open only with that key, and are kept plain only without one. */
class SecretSealerTest {
    private static final String SECRET = "whsec_abcdefghijklmnopqrstuvwxyz012345";

    @Test
    void givenAKey_whenSealed_thenTheStoredFormHidesTheSecretAndOpensBack() {
        SecretSealer sealer = new SecretSealer("a long operator chosen key");
        String stored = sealer.seal(SECRET);

        assertThat(stored).startsWith("aesgcm:").doesNotContain(SECRET);
        assertThat(sealer.seal(SECRET)).isNotEqualTo(stored);
        assertThat(sealer.open(stored)).isEqualTo(SECRET);
    }

    @Test
    void givenAnotherKeyOrNone_whenOpeningASealedSecret_thenRefusedSayingWhy() {
        String stored = new SecretSealer("key one").seal(SECRET);

        assertThatThrownBy(() -> new SecretSealer("key two").open(stored)).hasMessageContaining("secret-key changed");
        assertThatThrownBy(() -> new SecretSealer("").open(stored)).hasMessageContaining("leadscope.webhooks.secret-key is not set");
    }

    @Test
    void givenNoKey_thenStoredPlain_andStillReadableOnceAKeyIsSet() {
        String stored = new SecretSealer("").seal(SECRET);

        assertThat(stored).isEqualTo("plain:" + SECRET);
        assertThat(new SecretSealer("later key").open(stored)).isEqualTo(SECRET);
    }
}
