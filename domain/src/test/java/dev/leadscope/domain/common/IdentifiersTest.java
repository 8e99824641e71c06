package dev.leadscope.domain.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifiersTest {

    @ParameterizedTest
    @ValueSource(strings = {"lead-42", "00Q5e000003XyZ", "acme.example/contacts#7", "ev:2024-03-04T09:00:00Z", "a+b=c@d_e",
        "Müller-Lüdenscheid", "日本語の顧客", "ⅷ-sales", "٣٤٥"})
    void givenCrmStyleIdsInAnyScript_whenRequired_thenAccepted(String id) {
        assertThat(Identifiers.require("leadId", id)).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"two words", "comma,separated", "tab\there", "emoji😀", "quote'd", " padded"})
    void givenSpacesPunctuationOrSymbols_whenRequired_thenRefusedNamingTheField(String id) {
        assertThatThrownBy(() -> Identifiers.require("leadId", id))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("leadId may contain only");
    }

    @Test
    void givenEmptyOrTooLong_whenRequired_thenRefusedWithTheReason() {
        assertThatThrownBy(() -> Identifiers.require("eventId", "")).hasMessage("eventId must not be empty");
        assertThatThrownBy(() -> Identifiers.require("eventId", "x".repeat(129))).hasMessageContaining("at most 128");
    }
}
