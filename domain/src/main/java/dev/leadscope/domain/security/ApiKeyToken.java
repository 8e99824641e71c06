package dev.leadscope.domain.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The whole secret a caller sends, {@code lsk_<id>_<secret>}: the id finds the stored key, the 256-bit secret proves
 * possession. Only the SHA-256 of the secret is ever stored; the token itself is shown once, at creation.
 */
public record ApiKeyToken(ApiKeyId id, String secret) {
    public static final String PREFIX = "lsk_";
    private static final Pattern FORMAT = Pattern.compile("lsk_([0-9a-f]{16})_([A-Za-z0-9_-]{43})");

    public ApiKeyToken {
        if (id == null || secret == null || secret.length() != 43) {
            throw new IllegalArgumentException("an API key token needs an id and a 43-character secret");
        }
    }

    /** A fresh token with a random id and 32 random bytes of secret. */
    public static ApiKeyToken random(SecureRandom random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return new ApiKeyToken(ApiKeyId.random(random), Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The token in {@code text}, or empty when it does not have a token's shape. */
    public static Optional<ApiKeyToken> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(text.trim());
        return m.matches() ? Optional.of(new ApiKeyToken(new ApiKeyId(m.group(1)), m.group(2))) : Optional.empty();
    }

    /** Hex SHA-256 of the secret: what is stored. */
    public String secretHash() {
        return hash(secret);
    }

    /** Hex SHA-256 of {@code secret}. */
    public static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** What the caller sends. */
    public String text() {
        return PREFIX + id.value() + "_" + secret;
    }

    @Override
    public String toString() {
        return PREFIX + id.value() + "_***";
    }
}
