package dev.leadscope.domain.port.in;

import dev.leadscope.domain.outcome.RepFeedback;

/** Records reps' verdicts on leads. */
public interface RecordFeedbackUseCase {

    /** Stores the feedback (replacing one with the same id). @throws LeadNotFoundException */
    RepFeedback record(RepFeedback feedback);
}
