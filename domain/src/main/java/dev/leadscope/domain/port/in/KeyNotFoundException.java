package dev.leadscope.domain.port.in;

import dev.leadscope.domain.security.ApiKeyId;

/** The API key named does not exist in the workspace. */
public class KeyNotFoundException extends NotFoundException {
    public KeyNotFoundException(String id) {
        super("key", id);
    }

    public KeyNotFoundException(ApiKeyId id) {
        this(id.value());
    }
}
