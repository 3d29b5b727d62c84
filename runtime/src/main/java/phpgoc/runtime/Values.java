package phpgoc.runtime;

/** Facts about PHP values that every part of the runtime shares. */
public final class Values {
    private Values() {}

    /** "No value": an undefined variable, a missing key, an omitted optional argument. Never PHP-visible. */
    public static final Object UNDEF = new Object() {
        @Override public String toString() { return "UNDEF"; }
    };
    /** What the method of an outlined loop returns when the loop ends without {@code return}. */
    public static final Object LOOP_DONE = new Object() {
        @Override public String toString() { return "LOOP_DONE"; }
    };

    /** Value semantics on assignment: arrays are copied (O(1), copy-on-write); everything else is shared. */
    public static Object copyOnAssign(Object v) {
        return v instanceof PhpArray a ? a.copy() : v;
    }

    /** The value for reading: derefs a {@link Ref}, UNDEF becomes null. */
    public static Object deref(Object v) {
        if (v instanceof Ref r) v = r.value;
        return v == UNDEF ? null : v;
    }

    public static boolean isString(Object v) { return v instanceof String || v instanceof ConcatString; }

    /** php's type name as in error messages ("int", "float", "string", "bool", "array", "null"). */
    public static String typeName(Object v) {
        if (v == null || v == UNDEF) return "null";
        if (v instanceof Long) return "int";
        if (v instanceof Double) return "float";
        if (isString(v)) return "string";
        if (v instanceof Boolean) return "bool";
        if (v instanceof PhpArray) return "array";
        if (v instanceof PhpObject o) return o.cls.name;
        if (v instanceof PhpResource) return "resource";
        if (v instanceof Ref r) return typeName(r.value);
        return v.getClass().getSimpleName();
    }

    /** {@code gettype()}'s names ("integer", "double", "boolean", "NULL", ...). */
    public static String getType(Object v) {
        if (v == null || v == UNDEF) return "NULL";
        if (v instanceof Long) return "integer";
        if (v instanceof Double) return "double";
        if (isString(v)) return "string";
        if (v instanceof Boolean) return "boolean";
        if (v instanceof PhpArray) return "array";
        if (v instanceof PhpResource r) return r.isClosed() ? "resource (closed)" : "resource";
        if (v instanceof Ref r) return getType(r.value);
        return "object";
    }
}
