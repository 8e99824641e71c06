package dev.leadscope.domain.port.in;

/** Something the caller named does not exist in its workspace. */
public abstract class NotFoundException extends RuntimeException {
    private final String kind;
    private final String id;

    protected NotFoundException(String kind, String id) {
        super(kind + " not found: " + id);
        this.kind = kind;
        this.id = id;
    }

    /** What was looked for: "lead", "account", ... */
    public String kind() {
        return kind;
    }

    public String id() {
        return id;
    }
}
