package dev.leadscope.rest.common;

import dev.leadscope.domain.common.AttributeType;
import dev.leadscope.domain.common.AttributeValue;
import dev.leadscope.domain.common.CustomAttributes;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A typed custom attribute: {@code {"type": "number", "value": "42"}}. */
@Serdeable
@Schema(description = "A typed custom attribute")
public record AttributeDto(
        @Schema(description = "number, category, boolean, text or timestamp") @NotBlank String type,
        @Schema(description = "The value as text: 42, EMEA, true, free text, 2024-03-04T09:00:00Z") @NotNull String value) {

    public static AttributeDto from(AttributeValue value) {
        return new AttributeDto(value.type().name().toLowerCase(Locale.ROOT), value.asText());
    }

    /** All attributes of a record, by name. */
    public static Map<String, AttributeDto> from(CustomAttributes attributes) {
        Map<String, AttributeDto> out = new LinkedHashMap<>();
        attributes.values().forEach((name, value) -> out.put(name, from(value)));
        return out;
    }

    /** The domain attributes; a bad name, type or value is reported as {@code attributes.<name>}. */
    public static CustomAttributes toDomain(@Nullable Map<String, AttributeDto> attributes) {
        if (attributes == null || attributes.isEmpty()) {
            return CustomAttributes.NONE;
        }
        Map<String, AttributeValue> values = new LinkedHashMap<>();
        attributes.forEach((name, dto) -> {
            String field = "attributes." + name;
            if (dto == null) {
                Fields.within(field, () -> {
                    throw new IllegalArgumentException("value must not be null");
                });
            }
            values.put(name, Fields.within(field, () -> AttributeValue.parse(AttributeType.parse(dto.type()), dto.value())));
        });
        return Fields.within(null, () -> new CustomAttributes(values));
    }
}
