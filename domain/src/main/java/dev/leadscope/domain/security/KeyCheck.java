package dev.leadscope.domain.security;

/** The outcome of presenting a key: accepted with the stored key, or refused with the reason. */
public sealed interface KeyCheck permits KeyCheck.Accepted, KeyCheck.Refused {

    /** The key is known, its secret matches, and it is neither revoked nor expired. */
    record Accepted(ApiKey key) implements KeyCheck {
    }

    /** The caller is not let in. */
    record Refused(Reason reason) implements KeyCheck {
        public Refused {
            java.util.Objects.requireNonNull(reason, "reason must not be empty");
        }
    }

    /** Why a key was refused; told to the caller, since none of them reveals anything about other keys. */
    enum Reason {
        MALFORMED("the credential is not a Leadscope API key or a valid token"),
        UNKNOWN("the API key is not known"),
        REVOKED("the API key has been revoked"),
        EXPIRED("the API key has expired");

        private final String message;

        Reason(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }
    }
}
