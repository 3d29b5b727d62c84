package phpgoc.runtime;

import java.util.List;

/**
 * Declared parameter and return types of user functions: php's type check with weak-mode
 * coercion ({@code "1"} to {@code int|float} is int 1, {@code "1.5"} float, {@code true} to
 * {@code int|string} int 1, ...) or, under {@code declare(strict_types=1)}, exact types only
 * (an int is still accepted for a float). The compiler passes the type as a mask of the bits
 * below plus php's spelling of it for messages ({@code ?int}, {@code string|int|null}).
 */
public final class TypeCheck {
    private TypeCheck() {}

    public static final int NULL = 1, FALSE = 2, TRUE = 4, BOOL = FALSE | TRUE, INT = 8, FLOAT = 16, STRING = 32,
            ARRAY = 64, CALLABLE = 128, OBJECT = 256, MIXED = 512;

    private static final Object FAIL = new Object();

    /** {@code v} as the declared type accepts it, or {@link #FAIL}. */
    private static Object accept(Object v, int mask, String type, boolean strict) {
        if ((mask & MIXED) != 0) return v;
        if (v == null || v == Values.UNDEF) return (mask & NULL) != 0 ? null : FAIL;
        if (v instanceof Boolean b) {
            if ((mask & (b ? TRUE : FALSE)) != 0) return v;
        } else if (v instanceof Long) {
            if ((mask & INT) != 0) return v;
        } else if (v instanceof Double) {
            if ((mask & FLOAT) != 0) return v;
        } else if (Values.isString(v)) {
            if ((mask & STRING) != 0) return v;
            if ((mask & CALLABLE) != 0 && Calls.resolve(Context.current(), Convert.toStr(v)) != null) return v;
            if ((mask & CALLABLE) != 0 && Callables.isCallable(v)) return v;
        } else if (v instanceof PhpArray) {
            return (mask & ARRAY) != 0 || (mask & CALLABLE) != 0 && Callables.isCallable(v) ? v : FAIL;
        } else if (v instanceof Closure) {
            return (mask & CALLABLE) != 0 || (mask & OBJECT) != 0 && ClassTypes.accepts(v, type) ? v : FAIL;
        } else {
            if ((mask & OBJECT) != 0 && ClassTypes.accepts(v, type) || (mask & CALLABLE) != 0 && Callables.isCallable(v)) return v;
            // weak mode converts a Stringable object for a string type
            return !strict && (mask & STRING) != 0 && v instanceof PhpObject o && Magic.hasToString(o) ? Magic.toStr(o) : FAIL;
        }
        if (strict) return v instanceof Long l && (mask & FLOAT) != 0 ? (Object) (double) l : FAIL;
        // weak mode: int, float, string, bool in this order; for a string and int|float, the numeric kind decides
        if ((mask & (INT | FLOAT)) == (INT | FLOAT) && Values.isString(v)) {
            Object n = Convert.parseNumeric(Convert.toStr(v));
            if (n != null) return n;
        }
        if ((mask & INT) != 0) {
            Object r = toInt(v);
            if (r != null) return r;
        }
        if ((mask & FLOAT) != 0) {
            if (v instanceof Long l) return (double) l;
            if (v instanceof Boolean b) return b ? 1.0 : 0.0;
            if (Values.isString(v)) {
                Object n = Convert.parseNumeric(Convert.toStr(v));
                if (n != null) return ((Number) n).doubleValue();
            }
        }
        if ((mask & STRING) != 0) return Convert.toStr(v);
        if ((mask & BOOL) == BOOL) return Convert.toBool(v);
        return FAIL;
    }

    /** Weak conversion to int of a bool, float or string; null when not possible. */
    private static Object toInt(Object v) {
        if (v instanceof Boolean b) return b ? 1L : 0L;
        String from = null;
        if (Values.isString(v)) {
            from = Convert.toStr(v);
            v = Convert.parseNumeric(from);
            if (v == null || v instanceof Long) return v;
        }
        if (v instanceof Double d) {
            if (Double.isNaN(d) || Double.isInfinite(d) || d < -9.223372036854775808E18 || d >= 9.223372036854775808E18) {
                return null;
            }
            if (d != Math.rint(d)) {
                Context.current().deprecated(from != null
                        ? "Implicit conversion from float-string \"" + from + "\" to int loses precision"
                        : "Implicit conversion from float " + Convert.doubleRepr(d) + " to int loses precision");
            }
            return (long) (double) d;
        }
        return null;
    }

    /** A typed parameter's argument, coerced, or php's TypeError naming the call site. */
    public static Object param(Object v, int mask, String type, boolean strict, String fn, int argNo, String name) {
        Object r = accept(v, mask, type, strict);
        if (r != FAIL) return r;
        StackWalker.StackFrame caller = Ops.userCaller();
        String where = caller == null ? "" : ", called in " + caller.getFileName() + " on line " + caller.getLineNumber();
        throw new PhpError("TypeError", display(fn) + "(): Argument #" + argNo + (name == null ? "" : " ($" + name + ")")
                + " must be of type " + type
                + ", " + Values.typeName(v) + " given" + where);
    }

    /** A typed variadic parameter ({@code int ...$n}): each collected argument, numbered from {@code firstArgNo}. */
    public static Object variadic(Object rest, int mask, String type, boolean strict, String fn, int firstArgNo) {
        if (!(rest instanceof PhpArray a)) return rest;
        int n = firstArgNo;
        for (int p = a.firstPos(); p >= 0; p = a.nextPos(p), n++) {
            Object v = a.valueAt(p);
            Object r = param(v, mask, type, strict, fn, n, null);
            if (r != v) a.put(a.keyAt(p), r);
        }
        return a;
    }

    /** The end of a function with a return type was reached: php's TypeError (thrown by the caller). */
    public static PhpError noneReturned(String type, String fn) {
        fn = display(fn);
        if (type.equals("never")) return new PhpError("TypeError", fn + "(): never-returning function must not implicitly return");
        return new PhpError("TypeError", fn + "(): Return value must be of type " + type + ", none returned");
    }

    /** A typed by-reference parameter: the Ref's value is checked and coerced in place. */
    public static Ref paramRef(Ref r, int mask, String type, boolean strict, String fn, int argNo, String name) {
        r.value = param(r.value, mask, type, strict, fn, argNo, name);
        return r;
    }

    /** php's name of a function in type errors: {@code A::m} for methods (traces say {@code A->m}). */
    private static String display(String fn) { return fn.replace("->", "::"); }

    /** A value assigned to a typed property, coerced, or php's TypeError. */
    public static Object property(Object v, int mask, String type, boolean strict, String cls, String prop) {
        return property(v, mask, type, type, strict, cls, prop);
    }

    /** As above; {@code check} is the spelling whose classes are checked, {@code type} the one php prints. */
    static Object property(Object v, int mask, String check, String type, boolean strict, String cls, String prop) {
        Object r = accept(v, mask, check, strict);
        if (r != FAIL) return r;
        throw new PhpError("TypeError", "Cannot assign " + Values.typeName(v) + " to property " + cls + "::$" + prop
                + " of type " + type);
    }

    /** A value assigned through a reference a typed property holds, coerced, or php's TypeError. */
    public static Object referenceProperty(Object v, int mask, String type, String cls, String prop) {
        Object r = accept(v, mask, type, false);
        if (r != FAIL) return r;
        throw new PhpError("TypeError", "Cannot assign " + Values.typeName(v) + " to reference held by property " + cls
                + "::$" + prop + " of type " + type);
    }

    /** As above, from a file with or without strict_types; {@code check} is the spelling whose classes are checked. */
    static Object referenceProperty(Object v, int mask, String check, String type, boolean strict, String cls, String prop) {
        Object r = accept(v, mask, check, strict);
        if (r != FAIL) return r;
        throw new PhpError("TypeError", "Cannot assign " + Values.typeName(v) + " to reference held by property " + cls
                + "::$" + prop + " of type " + type);
    }

    /**
     * A return value of a type naming {@code static}: checked against the called class (of
     * {@code thisOrStatic}), which php also prints in place of {@code static}.
     */
    public static Object retStatic(Object v, int mask, String type, boolean strict, String fn, Object thisOrStatic) {
        PhpClass called = Classes.called(thisOrStatic);
        if (v instanceof PhpObject o && o.cls.isSubclassOf(called)) return v;
        return ret(v, mask, STATIC_WORD.matcher(type).replaceAll(java.util.regex.Matcher.quoteReplacement(called.name)), strict, fn);
    }

    private static final java.util.regex.Pattern STATIC_WORD =
            java.util.regex.Pattern.compile("(?i)(?<![\\w\\\\])static(?![\\w\\\\])");

    /**
     * A typed parameter of a trait method: php names the using class (of the body's {@code self}
     * template) as the function's class and resolves {@code self}/{@code parent} in the type to
     * the using class and its parent ({@code namesSelf}: the type mentions one of them).
     */
    public static Object traitParam(Object v, int mask, String type, boolean namesSelf, boolean strict,
            ClassTemplate self, String method, int argNo, String name) {
        if (!namesSelf) {
            Object r = accept(v, mask, type, strict);
            if (r != FAIL) return r;
        }
        PhpClass using = Classes.self(Context.current(), self);
        return param(v, mask, namesSelf ? usingType(type, using) : type, strict, using.name + "::" + method, argNo, name);
    }

    /** {@link #traitParam} for a typed by-reference parameter: the Ref's value is checked and coerced in place. */
    public static Ref traitParamRef(Ref r, int mask, String type, boolean namesSelf, boolean strict,
            ClassTemplate self, String method, int argNo, String name) {
        r.value = traitParam(r.value, mask, type, namesSelf, strict, self, method, argNo, name);
        return r;
    }

    /** As {@link #traitParam} for a trait method's return value. */
    public static Object traitRet(Object v, int mask, String type, boolean namesSelf, boolean strict,
            ClassTemplate self, String method) {
        if (!namesSelf) {
            Object r = accept(v, mask, type, strict);
            if (r != FAIL) return r;
        }
        PhpClass using = Classes.self(Context.current(), self);
        return ret(v, mask, namesSelf ? usingType(type, using) : type, strict, using.name + "::" + method);
    }

    /** {@link #noneReturned} for a trait method, named as a method of the using class. */
    public static PhpError traitNoneReturned(String type, ClassTemplate self, String method) {
        PhpClass using = Classes.self(Context.current(), self);
        return noneReturned(usingType(type, using), using.name + "::" + method);
    }

    /** {@code type} with {@code self} and {@code parent} replaced by the names php prints for class {@code c}. */
    static String usingType(String type, PhpClass c) {
        String t = SELF_WORD.matcher(type).replaceAll(java.util.regex.Matcher.quoteReplacement(c.name));
        return c.parent == null ? t : PARENT_WORD.matcher(t).replaceAll(java.util.regex.Matcher.quoteReplacement(c.parent.name));
    }

    private static final java.util.regex.Pattern SELF_WORD =
            java.util.regex.Pattern.compile("(?i)(?<![\\w\\\\])self(?![\\w\\\\])");
    private static final java.util.regex.Pattern PARENT_WORD =
            java.util.regex.Pattern.compile("(?i)(?<![\\w\\\\])parent(?![\\w\\\\])");

    /** A typed return value, coerced, or php's TypeError. */
    public static Object ret(Object v, int mask, String type, boolean strict, String fn) {
        Object r = accept(v, mask, type, strict);
        if (r != FAIL) return r;
        throw new PhpError("TypeError", display(fn) + "(): Return value must be of type " + type + ", "
                + Values.typeName(v) + " returned");
    }
}
