package dev.leadscope.domain.webhook;

import java.time.Duration;
import java.util.Objects;

/** What came of one POST to a webhook: the receiver answered with a status, or no answer came (refused, timed out...). */
public sealed interface SendResult {

    Duration took();

    /** The receiver answered; 2xx counts as delivered. */
    record Answered(int status, Duration took) implements SendResult {
        public Answered {
            Objects.requireNonNull(took, "took must not be empty");
        }

        public boolean delivered() {
            return status >= 200 && status < 300;
        }
    }

    /** No answer: {@code error} says why (connection refused, timeout, TLS failure...). */
    record Failed(String error, Duration took) implements SendResult {
        public Failed {
            Objects.requireNonNull(error, "error must not be empty");
            Objects.requireNonNull(took, "took must not be empty");
        }
    }
}
