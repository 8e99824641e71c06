package dev.leadscope.domain.common;

/** Which slice of a list to return: skip {@code offset} items, then at most {@code limit}. */
public record PageRequest(int offset, int limit) {
    public static final int MAX_LIMIT = 1000;
    public static final PageRequest FIRST = new PageRequest(0, 50);

    public PageRequest {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be >= 0: " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ": " + limit);
        }
    }
}
