package dev.leadscope.domain.security;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** The public, non-secret part of an API key: it names the key in lists, audit entries and revocations, and finds it at lookup. */
public record ApiKeyId(String value) {
    private static final Pattern FORMAT = Pattern.compile("[0-9a-f]{16}");

    public ApiKeyId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("key id must be 16 lower-case hexadecimal characters: '" + value + "'");
        }
    }

    /** A fresh random id. */
    public static ApiKeyId random(SecureRandom random) {
        byte[] bytes = new byte[8];
        random.nextBytes(bytes);
        return new ApiKeyId(HexFormat.of().formatHex(bytes));
    }

    /** Whether {@code text} has the shape of an id. */
    public static boolean isWellFormed(String text) {
        return text != null && FORMAT.matcher(text).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
