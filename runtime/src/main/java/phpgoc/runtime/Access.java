package phpgoc.runtime;

/**
 * Offset access {@code $a[k]} on arrays and strings, for reading and writing, with php's warnings
 * and errors. {@code key == Values.UNDEF} means {@code []} (append).
 */
public final class Access {
    private Access() {}
    /** Read {@code base[key]}: warns "Undefined array key ...", "Trying to access array offset on value of type ...", string offsets. */
    public static Object dimGet(Object base, Object key) { throw Convert.todo(); }
    /** Read for {@code ??} and {@code isset}-like contexts: no warnings, null when missing. */
    public static Object dimGetQuiet(Object base, Object key) { throw Convert.todo(); }
    /** {@code isset(base[key])}. */
    public static boolean dimIsset(Object base, Object key) { throw Convert.todo(); }
    /** The value a variable must hold to be written as an array: arrays as they are, null/UNDEF a new array, false with a deprecation; errors for scalars. */
    public static PhpArray arrayForWrite(Object container) { throw Convert.todo(); }
    /** {@code container[key] = value}; returns the container to store back (a new one for null/strings). */
    public static Object assignDim(Object container, Object key, Object value) { throw Convert.todo(); }
    /** The child array at {@code parent[key]} for a nested write, created or separated and stored back in parent. */
    public static PhpArray childForWrite(PhpArray parent, Object key) { throw Convert.todo(); }
    /** Read {@code arr[key]} for a compound assignment: warns on a missing key, returns null then. */
    public static Object dimGetForUpdate(PhpArray arr, Object key) { throw Convert.todo(); }
    /** {@code &container[key]}: the element's Ref (created as null if missing). */
    public static Ref dimRef(PhpArray arr, Object key) { throw Convert.todo(); }
    /** {@code unset(container[key])}. */
    public static void unsetDim(Object container, Object key) { throw Convert.todo(); }
}
