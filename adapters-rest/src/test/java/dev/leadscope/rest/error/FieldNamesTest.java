package dev.leadscope.rest.error;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FieldNamesTest {

    @Test
    void givenDomainMessages_whenRead_thenLeadingFieldIsFound() {
        assertThat(FieldNames.leadingField("occurredAt must not be empty")).isEqualTo("occurredAt");
        assertThat(FieldNames.leadingField("email is not an e-mail address: 'x'")).isEqualTo("email");
        assertThat(FieldNames.leadingField("source.channel must be at most 128 characters: 300")).isEqualTo("source.channel");
        assertThat(FieldNames.leadingField("leadId may contain only letters")).isEqualTo("leadId");
    }

    @Test
    void givenMessagesNamingNoField_whenRead_thenNoFieldIsInvented() {
        assertThat(FieldNames.leadingField("at most 200 custom attributes: 201")).isNull();
        assertThat(FieldNames.leadingField("custom attribute name must start with a letter")).isNull();
        assertThat(FieldNames.leadingField(null)).isNull();
    }

    @Test
    void givenPrefixAndField_whenJoined_thenPathReadsLikeTheRequest() {
        assertThat(FieldNames.join("events[3]", "occurredAt")).isEqualTo("events[3].occurredAt");
        assertThat(FieldNames.join(null, "name")).isEqualTo("name");
        assertThat(FieldNames.join("events[3]", null)).isEqualTo("events[3]");
    }
}
