package phpgoc.runtime;

/**
 * A PHP reference: the box shared by every name bound with {@code &}. Variables only hold a Ref
 * when the compiler saw them used by reference; array elements only after {@code &$a[k]}.
 */
public final class Ref {
    public Object value;

    public Ref() { this.value = Values.UNDEF; }
    public Ref(Object value) { this.value = value; }

    /** The value for reading: UNDEF reads as null (callers that must warn check UNDEF first). */
    public Object get() { Object v = value; return v == Values.UNDEF ? null : v; }
    public void set(Object v) { value = v; }
    public boolean isDefined() { return value != Values.UNDEF; }
}
