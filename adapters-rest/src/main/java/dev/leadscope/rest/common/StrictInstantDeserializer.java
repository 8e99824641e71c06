package dev.leadscope.rest.common;

import io.micronaut.context.annotation.Primary;
import io.micronaut.core.type.Argument;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Reads instants from ISO-8601 strings only. A bare number could mean seconds or milliseconds since 1970, and
 * guessing wrong files an event decades away, so it is refused and the field is named instead.
 */
@Singleton
@Primary
public final class StrictInstantDeserializer implements Deserializer<Instant> {

    @Override
    public Instant deserialize(Decoder decoder, DecoderContext context, Argument<? super Instant> type) throws IOException {
        JsonNode node = decoder.decodeNode();
        if (!node.isString()) {
            throw decoder.createDeserializationException("must be an ISO-8601 instant such as 2024-03-04T09:00:00Z, not " + node, node);
        }
        String text = node.getStringValue();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw decoder.createDeserializationException("must be an ISO-8601 instant such as 2024-03-04T09:00:00Z: '" + text + "'", text);
        }
    }

    @Override
    public Instant deserializeNullable(Decoder decoder, DecoderContext context, Argument<? super Instant> type) throws IOException {
        return decoder.decodeNull() ? null : deserialize(decoder, context, type);
    }
}
