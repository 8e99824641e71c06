package dev.leadscope.rest.rep;

import dev.leadscope.domain.lead.RepId;
import dev.leadscope.domain.port.in.NotFoundException;

/** No lead in the workspace is owned by the rep named, so there is no such rep to answer for. */
public class RepNotFoundException extends NotFoundException {
    public RepNotFoundException(RepId rep) {
        super("rep", rep.value());
    }
}
