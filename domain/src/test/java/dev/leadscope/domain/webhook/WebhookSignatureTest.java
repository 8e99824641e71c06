package dev.leadscope.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The signature is HMAC-SHA256 in lower-case hex over "t.body", checked against published and independently computed vectors. */
class WebhookSignatureTest {

    @Test
    void hmacMatchesTheRfc4231TestVector() {
        assertThat(WebhookSignature.hmacHex("Jefe", "what do ya want for nothing?"))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void headerSignsTimestampDotBody() {
        // computed with Python: hmac.new(b'whsec_test_0123456789', b'1700000000.{"id":"evt_1","kind":"ping"}', sha256).hexdigest()
        assertThat(WebhookSignature.header("whsec_test_0123456789", 1_700_000_000L, "{\"id\":\"evt_1\",\"kind\":\"ping\"}"))
                .isEqualTo("t=1700000000,v1=cf4dc2b81000aada506119a52a2e5a9538387b005d703488ad22bd38f9fe6a01");
    }

    @Test
    void aDifferentTimestampOrBodyGivesADifferentSignature() {
        String signed = WebhookSignature.header("whsec_test_0123456789", 1_700_000_000L, "{}");
        assertThat(WebhookSignature.header("whsec_test_0123456789", 1_700_000_001L, "{}")).isNotEqualTo(signed);
        assertThat(WebhookSignature.header("whsec_test_0123456789", 1_700_000_000L, "{ }").substring(13)).isNotEqualTo(signed.substring(13));
    }
}
