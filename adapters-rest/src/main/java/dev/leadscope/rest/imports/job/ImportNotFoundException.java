package dev.leadscope.rest.imports.job;

import dev.leadscope.domain.port.in.NotFoundException;

/** No import job has the id asked for (it never existed, or is older than the jobs kept). */
public class ImportNotFoundException extends NotFoundException {
    public ImportNotFoundException(String id) {
        super("import", id);
    }
}
