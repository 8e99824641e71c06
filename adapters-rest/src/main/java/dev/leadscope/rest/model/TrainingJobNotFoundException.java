package dev.leadscope.rest.model;

import dev.leadscope.domain.port.in.NotFoundException;

/** No training job has that id (or it is too old to be remembered). */
public class TrainingJobNotFoundException extends NotFoundException {
    public TrainingJobNotFoundException(String id) {
        super("training job", id);
    }
}
