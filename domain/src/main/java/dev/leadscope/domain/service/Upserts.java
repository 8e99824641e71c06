package dev.leadscope.domain.service;

import dev.leadscope.domain.port.in.UpsertResult;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;

/** The one rule of every bulk upsert: what a fresh record does to the stored one, and how that is reported. */
final class Upserts {
    private Upserts() {
    }

    /**
     * Merges {@code fresh} over the stored record with the same id in {@code current}: a new id is created; a
     * stored one is replaced whole when {@code replaceWhole} (the caller set its creation time), otherwise
     * updated keeping its identity through {@code keepIdentity}; an update that changes nothing is reported
     * unchanged and not written. Written records go to {@code changed}.
     */
    static <K, V> void merge(K id, V fresh, boolean replaceWhole, Map<K, V> current, Map<K, V> changed,
                             BinaryOperator<V> keepIdentity, List<UpsertResult> results) {
        V existing = current.get(id);
        V stored = existing != null && !replaceWhole ? keepIdentity.apply(existing, fresh) : fresh;
        if (existing == null) {
            results.add(UpsertResult.CREATED);
        } else if (existing.equals(stored)) {
            results.add(UpsertResult.UNCHANGED);
            return;
        } else {
            results.add(UpsertResult.UPDATED);
        }
        current.put(id, stored);
        changed.put(id, stored);
    }

    /** The rejection of a record that could not be built, with the reason its constructor gave. */
    static UpsertResult rejected(RuntimeException e, String what) {
        return new UpsertResult.Rejected(e.getMessage() == null ? "invalid " + what : e.getMessage());
    }
}
