package dev.leadscope.account.probability;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.scoring.ModelVersion;
import java.util.Objects;

/** Gives the account model that scores a workspace now. Implementations are thread-safe. */
@FunctionalInterface
public interface AccountModelSource {

    /** The model, and the stored version it came from (null when it is not a stored model). */
    record Choice(AccountProbabilityModel model, ModelVersion version) {
        public Choice {
            Objects.requireNonNull(model, "model");
        }
    }

    Choice choose(WorkspaceId workspace);
}
