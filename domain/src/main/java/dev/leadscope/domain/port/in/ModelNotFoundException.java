package dev.leadscope.domain.port.in;

import dev.leadscope.domain.scoring.ModelVersion;

/** The model version named does not exist in the workspace. */
public class ModelNotFoundException extends NotFoundException {
    public ModelNotFoundException(ModelVersion version) {
        super("model", version.value());
    }
}
