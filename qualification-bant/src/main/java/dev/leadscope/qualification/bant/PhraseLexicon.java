package dev.leadscope.qualification.bant;

import dev.leadscope.domain.bant.BantCriterion;
import dev.leadscope.domain.bant.BantStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The phrase rules that read BANT from notes, in a line-per-rule text format ({@code bant-phrases.txt} holds the
 * defaults and documents the format). Errors name the line.
 */
public record PhraseLexicon(List<PhraseRule> rules) {
    private static final String DEFAULTS = "bant-phrases.txt";

    public PhraseLexicon {
        rules = List.copyOf(rules);
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("a phrase lexicon needs at least one rule");
        }
    }

    /** The rules shipped with Leadscope. */
    public static PhraseLexicon defaults() {
        try (InputStream in = PhraseLexicon.class.getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULTS + " is missing from the classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DEFAULTS, e);
        }
    }

    /** Parses rules in the documented format; blank lines and lines starting with # are skipped. */
    public static PhraseLexicon parse(String text) {
        List<PhraseRule> rules = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                rules.add(parseLine(line));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("phrase rules line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return new PhraseLexicon(rules);
    }

    private static PhraseRule parseLine(String line) {
        String[] parts = line.split("\\s+", 3);
        if (parts.length < 3) {
            throw new IllegalArgumentException("expected 'criterion status[/when_negated] pattern': '" + line + "'");
        }
        BantCriterion criterion = switch (parts[0].toLowerCase(Locale.ROOT)) {
            case "budget" -> BantCriterion.BUDGET;
            case "authority" -> BantCriterion.AUTHORITY;
            case "need" -> BantCriterion.NEED;
            case "timeline" -> BantCriterion.TIMELINE;
            default -> throw new IllegalArgumentException("criterion must be budget, authority, need or timeline: '" + parts[0] + "'");
        };
        String[] statuses = parts[1].toLowerCase(Locale.ROOT).split("/", -1);
        if (statuses.length > 2) {
            throw new IllegalArgumentException("status must be 'status' or 'status/when_negated': '" + parts[1] + "'");
        }
        BantStatus status = statuses[0].equals("ignore") ? null : status(statuses[0]);
        BantStatus negated = statuses.length == 2 ? status(statuses[1]) : null;
        return PhraseRule.of(criterion, status, negated, parts[2]);
    }

    private static BantStatus status(String text) {
        return switch (text) {
            case "met" -> BantStatus.MET;
            case "partly" -> BantStatus.PARTLY;
            case "not_met" -> BantStatus.NOT_MET;
            default -> throw new IllegalArgumentException("status must be met, partly, not_met or ignore: '" + text + "'");
        };
    }
}
