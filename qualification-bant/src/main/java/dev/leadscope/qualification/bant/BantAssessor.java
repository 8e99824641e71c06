package dev.leadscope.qualification.bant;

import dev.leadscope.domain.bant.BantCriterion;
import dev.leadscope.domain.bant.BantStatus;
import dev.leadscope.domain.bant.CriterionAssessment;
import dev.leadscope.domain.bant.Evidence;
import dev.leadscope.domain.note.Note;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Assesses each BANT criterion for a lead from its notes and its data. What a rep heard beats what the data
 * suggests: when notes speak about a criterion, the newest such note decides; otherwise the strongest data
 * evidence does (any sign of capacity to pay meets budget, and so on). Every assessment lists the deciding
 * evidence first, then the rest. Thread-safe.
 */
public final class BantAssessor {
    private static final int MAX_EVIDENCE = 8;
    private final NoteReader reader;
    private final DataEvidence data;

    public BantAssessor(PhraseLexicon lexicon, BantRules rules) {
        this.reader = new NoteReader(Objects.requireNonNull(lexicon, "lexicon"));
        this.data = new DataEvidence(Objects.requireNonNull(rules, "rules"));
    }

    /** The default phrase rules and thresholds. */
    public static BantAssessor withDefaults() {
        return new BantAssessor(PhraseLexicon.defaults(), BantRules.defaults());
    }

    public Map<BantCriterion, CriterionAssessment> assess(LeadContext ctx) {
        Map<BantCriterion, List<Evidence>> fromNotes = new EnumMap<>(BantCriterion.class);
        List<Note> newestFirst = new ArrayList<>(ctx.notes());
        newestFirst.sort(Comparator.comparing(Note::writtenAt).reversed());
        for (Note note : newestFirst) {
            reader.verdicts(note.text()).forEach((criterion, f) -> fromNotes.computeIfAbsent(criterion, c -> new ArrayList<>())
                    .add(new Evidence(criterion, f.status(), "note " + note.id().value(), quote(f))));
        }
        Map<BantCriterion, List<Evidence>> fromData = new EnumMap<>(BantCriterion.class);
        for (Evidence e : data.collect(ctx)) {
            fromData.computeIfAbsent(e.criterion(), c -> new ArrayList<>()).add(e);
        }
        Map<BantCriterion, CriterionAssessment> out = new EnumMap<>(BantCriterion.class);
        for (BantCriterion c : BantCriterion.values()) {
            out.put(c, decide(c, fromNotes.getOrDefault(c, List.of()), fromData.getOrDefault(c, List.of())));
        }
        return out;
    }

    private static CriterionAssessment decide(BantCriterion c, List<Evidence> notes, List<Evidence> data) {
        List<Evidence> ordered = new ArrayList<>();
        if (!notes.isEmpty()) {
            ordered.addAll(notes);
            ordered.addAll(data);
        } else if (!data.isEmpty()) {
            Evidence best = data.get(0);
            for (Evidence e : data) {
                if (BantStatus.best(e.verdict(), best.verdict()) == e.verdict() && e.verdict() != best.verdict()) {
                    best = e;
                }
            }
            ordered.add(best);
            for (Evidence e : data) {
                if (e != best) {
                    ordered.add(e);
                }
            }
        } else {
            return CriterionAssessment.unknown(c);
        }
        List<Evidence> kept = ordered.size() > MAX_EVIDENCE ? ordered.subList(0, MAX_EVIDENCE) : ordered;
        return new CriterionAssessment(c, kept.get(0).verdict(), kept);
    }

    private static String quote(NoteReader.Finding f) {
        String sentence = f.sentence().length() > 300 ? f.sentence().substring(0, 300) + "..." : f.sentence();
        return "\"" + sentence + "\" (" + f.phrase() + (f.negated() ? ", negated" : "") + (f.hedged() ? ", hedged" : "") + ")";
    }
}
