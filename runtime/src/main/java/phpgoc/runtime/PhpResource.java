package phpgoc.runtime;

/**
 * A PHP resource value: an id numbered per context (php's CLI gives STDIN, STDOUT, STDERR 1..3
 * and the script 4, so the first fopen is 5), a type name ("stream") and the library's handle.
 * A closed resource keeps its id; php then calls its type "Unknown".
 */
public final class PhpResource {
    public final long id;
    private final String type;
    public final Object handle;
    private boolean closed;

    public PhpResource(long id, String type, Object handle) {
        this.id = id;
        this.type = type;
        this.handle = handle;
    }

    /** The type as var_dump shows it: "stream", or "Unknown" once closed. */
    public String type() { return closed ? "Unknown" : type; }

    public boolean isClosed() { return closed; }

    public void close() { closed = true; }

    /** {@code get_debug_type}: "resource (stream)" or "resource (closed)". */
    public String debugType() { return closed ? "resource (closed)" : "resource (" + type + ")"; }

    /** {@code (string)$r} and {@code echo}. */
    @Override
    public String toString() { return "Resource id #" + id; }
}
