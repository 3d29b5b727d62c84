package phpgoc.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Typed properties: php's check and weak-mode coercion of a value assigned to a property with a
 * declared type ({@code Cannot assign string to property A::$x of type int}). The type of each
 * typed property is registered on its template ({@link ClassTemplate#propType}).
 */
public final class PropTypes {
    private PropTypes() {}

    /** A declared property type: {@link TypeCheck}'s mask and php's spelling. */
    public record PropType(int mask, String name) {}

    /** The declared type of {@code p}, or null when nothing is checked ({@code mixed}, untyped). */
    static PropType of(PhpClass.PropInfo p) {
        return p.isTyped() ? p.declaring().tpl.propTypes.get(p.name()) : null;
    }

    /** php's spelling of the declared type of typed property {@code p} ({@code mixed} when unchecked). */
    public static String typeName(PhpClass.PropInfo p) {
        PropType t = of(p);
        return t == null ? "mixed" : t.name();
    }

    /** {@code v} as property {@code p} accepts it, or php's TypeError. */
    static Object coerce(PhpClass.PropInfo p, Object v) {
        PropType t = of(p);
        return t == null ? v : check(v, t, p.declaring().name, p.name());
    }

    /** {@link #of} for the property sites' caches. */
    public static PropType typeOf(PhpClass.PropInfo p) { return of(p); }

    /** {@code v} as a property of type {@code t} accepts it (declared in {@code cls} as {@code prop}), or php's TypeError. */
    public static Object check(Object v, PropType t, String cls, String prop) {
        return TypeCheck.property(v, t.mask(), t.name(), false, cls, prop);
    }

    /** A filter {@code (Object)Object} for the fast path of {@code $o->p = v}; null when untyped. */
    public static MethodHandle filter(PhpClass.PropInfo p) {
        PropType t = of(p);
        if (t == null) return null;
        return MethodHandles.insertArguments(CHECK, 1, t, p.declaring().name, p.name());
    }

    private static final MethodHandle CHECK;

    static {
        try {
            CHECK = MethodHandles.lookup().findStatic(PropTypes.class, "check",
                    MethodType.methodType(Object.class, Object.class, PropType.class, String.class, String.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
