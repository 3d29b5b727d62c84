package phpgoc.runtime;

/**
 * Typed properties: php's check and weak-mode coercion of a value assigned to a property with a
 * declared type ({@code Cannot assign string to property A::$x of type int}). The type of each
 * typed property is registered on its template ({@link ClassTemplate#propType}).
 */
public final class PropTypes {
    private PropTypes() {}

    /** A declared property type: {@link TypeCheck}'s mask, php's spelling, and the spelling checked (self/parent resolved). */
    public record PropType(int mask, String name, String check) {}

    /** The declared type of {@code p}, or null when nothing is checked ({@code mixed}, untyped). */
    static PropType of(PhpClass.PropInfo p) {
        if (!p.isTyped()) return null;
        PropType t = p.declaring().tpl.propTypes.get(p.name());
        return t != null ? t : traitType(p.declaring(), p.name());
    }

    /** The type of a property class {@code c} got from a trait, with self/parent checked as {@code c}'s. */
    private static PropType traitType(PhpClass c, String name) {
        for (Traits.TraitProp tp : c.traitProps) {
            if (!tp.m().name().equals(name)) continue;
            PropType t = tp.src().propTypes.get(name);
            return t == null ? null : new PropType(t.mask(), t.name(), TypeCheck.usingType(t.check(), c));
        }
        return null;
    }

    /** php's spelling of the declared type of typed property {@code p} ({@code mixed} when unchecked). */
    public static String typeName(PhpClass.PropInfo p) {
        PropType t = of(p);
        return t == null ? "mixed" : t.name();
    }

    /** {@code v} as property {@code p} accepts it, or php's TypeError. */
    static Object coerce(PhpClass.PropInfo p, Object v) { return coerce(p, v, false); }

    /** {@code v} as property {@code p} accepts it from a file with or without strict_types. */
    static Object coerce(PhpClass.PropInfo p, Object v, boolean strict) {
        PropType t = of(p);
        return t == null ? v : check(v, t, p.declaring().name, p.name(), strict);
    }

    /** {@link #of} for the property sites' caches. */
    public static PropType typeOf(PhpClass.PropInfo p) { return of(p); }

    /** {@code v} as a property of type {@code t} accepts it (declared in {@code cls} as {@code prop}), or php's TypeError. */
    public static Object check(Object v, PropType t, String cls, String prop) {
        return check(v, t, cls, prop, false);
    }

    /** {@link #check} from a file with or without strict_types. */
    public static Object check(Object v, PropType t, String cls, String prop, boolean strict) {
        return TypeCheck.property(v, t.mask(), t.check(), t.name(), strict, cls, prop);
    }

    /**
     * The result of {@code ++}/{@code --} on property {@code name} of {@code obj}: an int property
     * that does not take floats may not overflow (php's TypeError instead of the float result).
     */
    public static Object incDec(Object result, Object old, Object obj, String name, boolean inc) {
        if (!(result instanceof Double) || !(old instanceof Long) || !(obj instanceof PhpObject o)) return result;
        PhpClass.PropInfo p = o.cls.props.get(name);
        PropType t = p == null ? null : of(p);
        if (t == null || (t.mask() & TypeCheck.FLOAT) != 0 || (t.mask() & TypeCheck.INT) == 0) return result;
        throw new PhpError("TypeError", "Cannot " + (inc ? "increment" : "decrement") + " property " + p.declaring().name
                + "::$" + name + " of type " + t.name() + " past its " + (inc ? "maximal" : "minimal") + " value");
    }
}
