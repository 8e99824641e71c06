package dev.leadscope.domain.port.in;

/** What happened to one record offered to a bulk create-or-replace (imports use it to count changes). */
public sealed interface UpsertResult {
    UpsertResult CREATED = new Created();
    UpsertResult UPDATED = new Updated();
    UpsertResult UNCHANGED = new Unchanged();

    /** Whether the record is now stored as offered (new, changed or already identical). */
    default boolean stored() {
        return !(this instanceof Rejected);
    }

    /** It did not exist and is now stored. */
    record Created() implements UpsertResult {
    }

    /** It existed with other content and was replaced. */
    record Updated() implements UpsertResult {
    }

    /** It existed with the same content; nothing was written. */
    record Unchanged() implements UpsertResult {
    }

    /** It was not stored; {@code reason} names the field and the problem. */
    record Rejected(String reason) implements UpsertResult {
        public Rejected {
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("reason must not be blank");
            }
        }
    }
}
