package dev.leadscope.domain.port.in;

/** A create named an id that is already taken in the workspace. */
public class AlreadyExistsException extends RuntimeException {
    private final String kind;
    private final String id;

    public AlreadyExistsException(String kind, String id) {
        super(kind + " already exists: " + id);
        this.kind = kind;
        this.id = id;
    }

    public String kind() {
        return kind;
    }

    public String id() {
        return id;
    }
}
