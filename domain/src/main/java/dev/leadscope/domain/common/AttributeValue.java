package dev.leadscope.domain.common;

import java.time.Instant;
import java.util.Locale;

/** A typed custom-attribute value, so any CRM export can be brought in without a schema change. */
public sealed interface AttributeValue {

    /** The attribute's type. */
    AttributeType type();

    /** The value in a stable text form, parseable again by {@link #parse(AttributeType, String)}. */
    String asText();

    /** Parses {@code text} as a value of {@code type}; throws {@link IllegalArgumentException} when it is not one. */
    static AttributeValue parse(AttributeType type, String text) {
        if (text == null) {
            throw new IllegalArgumentException("attribute value must not be null");
        }
        return switch (type) {
            case NUMBER -> {
                try {
                    yield new NumberValue(Double.parseDouble(text.strip()));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("not a number: '" + text + "'");
                }
            }
            case CATEGORY -> new CategoryValue(text);
            case BOOLEAN -> new BooleanValue(BooleanValue.parseFlexible(text));
            case TEXT -> new TextValue(text);
            case TIMESTAMP -> {
                try {
                    yield new TimestampValue(Instant.parse(text.strip()));
                } catch (java.time.format.DateTimeParseException e) {
                    throw new IllegalArgumentException("not an ISO-8601 instant: '" + text + "'");
                }
            }
        };
    }

    /** A finite number. */
    record NumberValue(double value) implements AttributeValue {
        public NumberValue {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("number attribute must be finite: " + value);
            }
        }

        @Override
        public AttributeType type() {
            return AttributeType.NUMBER;
        }

        @Override
        public String asText() {
            return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
        }
    }

    /** One of a set of labels; compared as written, trimmed. */
    record CategoryValue(String value) implements AttributeValue {
        public CategoryValue {
            value = Texts.required("category attribute", value, 256);
        }

        @Override
        public AttributeType type() {
            return AttributeType.CATEGORY;
        }

        @Override
        public String asText() {
            return value;
        }
    }

    /** True or false. */
    record BooleanValue(boolean value) implements AttributeValue {
        static boolean parseFlexible(String text) {
            return switch (text.strip().toLowerCase(Locale.ROOT)) {
                case "true", "yes", "y", "1", "t" -> true;
                case "false", "no", "n", "0", "f" -> false;
                default -> throw new IllegalArgumentException("not a boolean (true/false, yes/no, 1/0): '" + text + "'");
            };
        }

        @Override
        public AttributeType type() {
            return AttributeType.BOOLEAN;
        }

        @Override
        public String asText() {
            return Boolean.toString(value);
        }
    }

    /** Free text, up to 10,000 characters. */
    record TextValue(String value) implements AttributeValue {
        public TextValue {
            if (value == null) {
                throw new IllegalArgumentException("text attribute must not be null");
            }
            if (value.length() > 10_000) {
                throw new IllegalArgumentException("text attribute must be at most 10000 characters: " + value.length());
            }
        }

        @Override
        public AttributeType type() {
            return AttributeType.TEXT;
        }

        @Override
        public String asText() {
            return value;
        }
    }

    /** A moment in time. */
    record TimestampValue(Instant value) implements AttributeValue {
        public TimestampValue {
            if (value == null) {
                throw new IllegalArgumentException("timestamp attribute must not be null");
            }
        }

        @Override
        public AttributeType type() {
            return AttributeType.TIMESTAMP;
        }

        @Override
        public String asText() {
            return value.toString();
        }
    }
}
