package phpgoc.runtime;

/**
 * A PHP reference: the box shared by every name bound with {@code &}. Variables only hold a Ref
 * when the compiler saw them used by reference; array elements only after {@code &$a[k]}.
 *
 * <p>{@link #binds} approximates php's refcount of the reference: the number of variables and
 * array elements bound to it. {@code var_dump} prints {@code &} before an array element only when
 * it is greater than 1 (some other name still points at it). A Ref starts at 1, for the variable,
 * symbol-table entry or array slot it is created for. The count is maintained by:
 * <ul>
 *   <li>{@link SymbolTable#bind}/{@link SymbolTable#unset} (top-level code, include/$$x scopes);</li>
 *   <li>generated code in local scopes: {@link #rebind} on {@code =&}, {@code global}, {@code static},
 *       foreach by reference, by-ref parameters and by-ref captures, and {@link #unbind} on
 *       {@code unset($v)} and on every return of a function that has Ref variables (functions
 *       without Ref variables emit nothing);</li>
 *   <li>{@link PhpArray}: an element made a Ref counts 1, {@code $a[k] = &$x} adds 1, removing a
 *       Ref element subtracts 1.</li>
 * </ul>
 * Not tracked: arrays and closures that die while holding a Ref (the count stays too high), and
 * copy-on-write copies of an array with Ref elements that separate (the count stays too low: the
 * copy that separates is usually a temporary such as a by-value argument, so it is not counted);
 * frames left by an exception are not released (nothing catches PHP exceptions yet).
 */
public final class Ref {
    public Object value;
    /** Variables and array elements bound to this reference (see the class comment). */
    public int binds = 1;
    /** The typed property that holds this reference ({@link PropRefs}, {@link StaticProps}), whose type writes are checked against; usually null. */
    Object typed;

    public Ref() { this.value = Values.UNDEF; }
    public Ref(Object value) { this.value = value; }

    /** The value for reading: UNDEF reads as null (callers that must warn check UNDEF first). */
    public Object get() { Object v = value; return v == Values.UNDEF ? null : v; }
    /** Assignment through the reference (generated code's {@code $r = v} on a Ref variable); returns the value stored. */
    public Object set(Object v) {
        if (typed != null) v = PropRefs.checkTyped(typed, v);
        value = v;
        return v;
    }
    /** {@link #set} from a file with strict_types. */
    public Object setStrict(Object v) {
        if (typed != null) v = PropRefs.checkTyped(typed, v, true);
        value = v;
        return v;
    }
    public boolean isDefined() { return value != Values.UNDEF; }

    /** Whether some other name shares this reference ({@code var_dump}'s {@code &}). */
    public boolean isShared() { return binds > 1; }

    /** A local variable slot holding {@code old} is bound to {@code neu}: returns {@code neu}. */
    public static Ref rebind(Ref old, Ref neu) {
        if (old != null) old.binds--;
        neu.binds++;
        return neu;
    }

    /** A variable slot holding {@code r} goes away (unset, function return). */
    public static void unbind(Ref r) {
        if (r != null) r.binds--;
    }
}
