package dev.leadscope.rest.common;

import io.micronaut.context.annotation.Primary;
import io.micronaut.core.type.Argument;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;

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
            // the form clients send most is read in one pass; every other ISO-8601 form goes to the general parser
            Instant utc = UtcInstants.parse(text);
            return utc != null ? utc : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException e) {
            throw decoder.createDeserializationException("must be an ISO-8601 instant such as 2024-03-04T09:00:00Z: '" + text + "'", text);
        }
    }

    @Override
    public Instant deserializeNullable(Decoder decoder, DecoderContext context, Argument<? super Instant> type) throws IOException {
        return decoder.decodeNull() ? null : deserialize(decoder, context, type);
    }
}
