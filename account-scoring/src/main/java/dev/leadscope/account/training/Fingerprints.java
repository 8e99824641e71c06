package dev.leadscope.account.training;

import dev.leadscope.account.probability.AccountModelCodec;
import dev.leadscope.account.probability.AccountModelTrainer.Example;
import dev.leadscope.account.probability.AccountSnapshot;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** SHA-256 fingerprints of an account model's feature schema and of the snapshots it was trained on. */
final class Fingerprints {
    private Fingerprints() {
    }

    static String schema() {
        return sha256(AccountModelCodec.FORMAT + "|" + String.join(",", AccountSnapshot.FEATURES));
    }

    /** Over each snapshot's account, time, features (with a 2 % stand-in prior) and label, in order. */
    static String of(List<Example> examples) {
        StringBuilder text = new StringBuilder();
        for (Example e : examples) {
            text.append(e.snapshot().account().value()).append('@').append(e.snapshot().asOf()).append(':')
                    .append(java.util.Arrays.toString(e.snapshot().features(0.02))).append('=').append(e.converted()).append('\n');
        }
        return sha256(text.toString());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
