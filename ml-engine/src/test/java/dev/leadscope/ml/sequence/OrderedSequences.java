package dev.leadscope.ml.sequence;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Tiny synthetic histories where only the order carries the label: a case study before pricing converts. */
final class OrderedSequences {
    static final Instant START = Instant.parse("2025-01-06T09:00:00Z");

    private OrderedSequences() {
    }

    static List<SequenceModelTrainer.Example> examples(int n, long seed) {
        Random r = new Random(seed);
        List<SequenceModelTrainer.Example> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            boolean caseStudyFirst = r.nextBoolean();
            List<SequenceEvent> events = history(r, caseStudyFirst);
            Instant at = events.get(events.size() - 1).at().plus(Duration.ofHours(1 + r.nextInt(48)));
            boolean converted = r.nextDouble() < (caseStudyFirst ? 0.85 : 0.15);
            out.add(new SequenceModelTrainer.Example(events, at, converted));
        }
        return out;
    }

    /** Noise, the two pages in the given order, more noise; the same counts either way. */
    static List<SequenceEvent> history(Random r, boolean caseStudyFirst) {
        List<SequenceEvent> events = new ArrayList<>();
        Instant t = START.plus(Duration.ofHours(r.nextInt(100)));
        int before = r.nextInt(4);
        int after = r.nextInt(3);
        String[] noise = {"email_open", "blog", "webinar_registered"};
        for (int k = 0; k < before; k++) {
            t = t.plus(Duration.ofHours(1 + r.nextInt(30)));
            events.add(new SequenceEvent(noise[r.nextInt(noise.length)], null, t));
        }
        String[] pages = caseStudyFirst ? new String[] {"case_study", "pricing"} : new String[] {"pricing", "case_study"};
        for (String page : pages) {
            t = t.plus(Duration.ofHours(1 + r.nextInt(30)));
            events.add(new SequenceEvent("page_view", page, t));
        }
        for (int k = 0; k < after; k++) {
            t = t.plus(Duration.ofHours(1 + r.nextInt(30)));
            events.add(new SequenceEvent(noise[r.nextInt(noise.length)], null, t));
        }
        return events;
    }
}
