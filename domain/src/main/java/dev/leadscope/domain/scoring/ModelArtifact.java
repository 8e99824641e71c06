package dev.leadscope.domain.scoring;

import java.util.Arrays;
import java.util.Objects;

/**
 * An immutable trained model as stored: its {@link ModelInfo}, the serialised model and the human-readable
 * evaluation report (Markdown). The bytes are opaque to the domain; only the engine that wrote them reads them.
 */
public record ModelArtifact(ModelInfo info, byte[] bytes, String report) {
    public static final int MAX_BYTES = 256 * 1024 * 1024;

    public ModelArtifact {
        Objects.requireNonNull(info, "info");
        if (bytes == null || bytes.length == 0) {
            throw new IllegalArgumentException("model bytes must not be empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new IllegalArgumentException("model bytes must be at most " + MAX_BYTES + ": " + bytes.length);
        }
        bytes = bytes.clone();
        report = report == null ? "" : report;
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ModelArtifact other && info.equals(other.info) && Arrays.equals(bytes, other.bytes)
                && report.equals(other.report);
    }

    @Override
    public int hashCode() {
        return Objects.hash(info, Arrays.hashCode(bytes), report);
    }

    @Override
    public String toString() {
        return "ModelArtifact[" + info.version() + ", " + bytes.length + " bytes]";
    }
}
