package phpgoc.runtime.ext.standard;

import java.util.List;
import java.util.Locale;
import phpgoc.runtime.Args;
import phpgoc.runtime.Calls;
import phpgoc.runtime.ClassTemplate;
import phpgoc.runtime.Context;
import phpgoc.runtime.Convert;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.PhpError;
import phpgoc.runtime.PhpFunction;
import phpgoc.runtime.PhpObject;
import phpgoc.runtime.Ref;
import phpgoc.runtime.Values;
import phpgoc.runtime.ext.Builtins;

/**
 * The ext/standard functions that take a callback: user sorts, array_map/filter/reduce/walk,
 * call_user_func and is_callable. Callbacks are checked up front with php's TypeError text
 * ({@code must be a valid callback, function "f" not found or invalid function name}) and called
 * through {@link Calls#callValue}.
 */
public final class Callbacks {
    private Callbacks() {}

    static final int USE_BOTH = 1, USE_KEY = 2;

    // ---- callables

    /** Why {@code v} is not callable (php's zend_is_callable error), or null if it is. */
    static String notCallable(Context ctx, Object v) {
        if (v instanceof Ref r) v = r.get();
        if (v instanceof phpgoc.runtime.Closure || v instanceof PhpFunction) return null;
        phpgoc.runtime.Callables.Resolved resolved = phpgoc.runtime.Callables.resolveChecked(ctx, v);
        if (resolved != null) return resolved.why();
        if (Values.isString(v)) {
            String s = Convert.toStr(v);
            int sep = s.indexOf("::");
            if (sep >= 0) return "class \"" + s.substring(0, sep) + "\" not found";
            return functionExists(ctx, s) ? null : "function \"" + s + "\" not found or invalid function name";
        }
        if (v instanceof PhpArray a) {
            if (a.size() != 2) return "array callback must have exactly two members";
            Object obj = a.lookup(0L), method = a.lookup(1L);
            if (obj == Values.UNDEF || method == Values.UNDEF) return "array callback must have exactly two members";
            obj = Values.deref(obj);
            if (!Values.isString(obj) && !(obj instanceof PhpObject)) return "first array member is not a valid class name or object";
            if (!Values.isString(Values.deref(method))) return "second array member is not a valid method";
            if (Values.isString(obj)) return "class \"" + Convert.toStr(obj) + "\" not found"; // classes come later
            return "first array member is not a valid class name or object";
        }
        return "no array or string given";
    }

    private static boolean functionExists(Context ctx, String name) {
        String n = name.startsWith("\\") ? name.substring(1) : name;
        String lower = n.toLowerCase(Locale.ROOT);
        // compact() and co. are compiled into their callers, yet exist for php (calling them dynamically fails)
        return ctx.findFunction(n) != null || Builtins.exists(lower) || phpgoc.runtime.ScopeFunctions.scopeFunction(lower);
    }

    /**
     * A callback parameter: the value if callable (a method callable resolved to the function to
     * call, with self/parent/static and visibility as the caller sees them), else php's TypeError.
     */
    public static Object callback(Context ctx, Object v, String fn, int argNo, String param) {
        if (v instanceof Ref r) v = r.get();
        phpgoc.runtime.Callables.Resolved resolved = v instanceof phpgoc.runtime.Closure || v instanceof PhpFunction ? null
                : phpgoc.runtime.Callables.resolveChecked(ctx, v);
        String why = resolved != null ? resolved.why() : notCallable(ctx, v);
        if (why != null) {
            // a variadic function's trailing callback (array_udiff) has no parameter name in the message
            throw new PhpError("TypeError", fn + "(): Argument #" + argNo + (param == null ? "" : " ($" + param + ")")
                    + " must be a valid callback, " + why);
        }
        return resolved != null ? resolved.fn() : v;
    }

    /** A {@code ?callable} parameter: null stays null. */
    public static Object callbackOrNull(Context ctx, Object v, String fn, int argNo, String param) {
        if (v instanceof Ref r) v = r.get();
        if (v == null || v == Values.UNDEF) return null;
        phpgoc.runtime.Callables.Resolved resolved = v instanceof phpgoc.runtime.Closure || v instanceof PhpFunction ? null
                : phpgoc.runtime.Callables.resolveChecked(ctx, v);
        String why = resolved != null ? resolved.why() : notCallable(ctx, v);
        if (why != null) {
            throw new PhpError("TypeError", fn + "(): Argument #" + argNo + " ($" + param + ") must be a valid callback or null, " + why);
        }
        return resolved != null ? resolved.fn() : v;
    }

    public static boolean is_callable(Context ctx, Object value) { return notCallable(ctx, value) == null; }

    public static boolean is_callable(Context ctx, Object value, Object syntax_only) {
        if (Args.toBool(syntax_only, "is_callable", 2, "syntax_only")) {
            Object v = value instanceof Ref r ? r.get() : value;
            if (v instanceof phpgoc.runtime.PhpObject o) return is_callable(ctx, o);
            return Values.isString(v) || methodPair(v) != null;
        }
        return is_callable(ctx, value);
    }

    /** is_callable() with its {@code $callable_name} out-parameter: php's zend_get_callable_name. */
    public static boolean is_callable(Context ctx, Object value, Object syntax_only, Ref callable_name) {
        boolean ok = is_callable(ctx, value, syntax_only);
        callable_name.set(callableName(value));
        return ok;
    }

    /** {@code [object or class name, method name]} of an array callable's form, else null. */
    private static Object[] methodPair(Object v) {
        if (!(v instanceof PhpArray a) || a.size() != 2) return null;
        Object target = Values.deref(a.lookup(0L)), method = Values.deref(a.lookup(1L));
        if (target == Values.UNDEF || method == Values.UNDEF || !Values.isString(method)) return null;
        if (!(target instanceof phpgoc.runtime.PhpObject) && !Values.isString(target)) return null;
        return new Object[] {target, method};
    }

    /** The name php gives a callable value: {@code f}, {@code A::m}, {@code Closure::__invoke}, "Array". */
    static String callableName(Object value) {
        Object v = Values.deref(value);
        if (v instanceof phpgoc.runtime.PhpObject o) return o.cls.name + "::__invoke";
        if (v instanceof PhpArray) {
            Object[] pair = methodPair(v);
            if (pair == null) return "Array";
            String cls = pair[0] instanceof phpgoc.runtime.PhpObject o ? o.cls.name : Convert.toStr(pair[0]);
            return cls + "::" + Convert.toStr(pair[1]);
        }
        if (v == null || v == Values.UNDEF) return "";
        if (v instanceof Boolean b) return b ? "1" : "";
        return Convert.toStr(v);
    }

    public static boolean function_exists(Context ctx, Object function) {
        return functionExists(ctx, Args.str(function, "function_exists", 1, "function"));
    }

    public static Object call_user_func(Context ctx, Object callback, Object[] args) {
        Object f = callback(ctx, callback, "call_user_func", 1, "callback");
        phpgoc.runtime.ByRefArgs.warnValuesForRefs(ctx, f, args);
        return Calls.callValue(ctx, f, args);
    }

    /** {@code $r = &call_user_func(...)}: as call_user_func, but a {@code function &f()}'s Ref is kept. */
    public static Object callUserFuncRef(Context ctx, Object callback, Object[] args) {
        Object f = callback(ctx, callback, "call_user_func", 1, "callback");
        phpgoc.runtime.ByRefArgs.warnValuesForRefs(ctx, f, args);
        return callRef(ctx, f, args);
    }

    /**
     * forward_static_call() in code of class {@code scope} whose {@code $this} or called class is
     * {@code thisOrStatic}: the callback, with that called class when it is a subclass of the
     * callback's class (late static binding passed on).
     */
    public static Object forwardStaticCall(Context ctx, ClassTemplate scope, Object thisOrStatic, Object callback, Object[] args) {
        Object f = forwarded(ctx, "forward_static_call", scope, thisOrStatic, callback);
        return Calls.callValue(ctx, f, args);
    }

    /** The callable forward_static_call(_array) calls: checked with the caller's visibility, the called class passed on. */
    private static Object forwarded(Context ctx, String fn, ClassTemplate scope, Object thisOrStatic, Object callback) {
        Object v = callback instanceof Ref r ? r.get() : callback;
        phpgoc.runtime.Callables.Resolved m = phpgoc.runtime.Callables.forwardStatic(ctx, v, thisOrStatic, scope);
        Object f;
        if (m == null) {
            f = callback(ctx, v, fn, 1, "callback");
        } else if (m.fn() == null) {
            throw new PhpError("TypeError", fn + "(): Argument #1 ($callback) must be a valid callback, " + m.why());
        } else {
            f = m.fn();
        }
        // php checks the scope for forward_static_call() only
        if (scope == null && fn.equals("forward_static_call")) {
            throw new PhpError("Error", "Cannot call " + fn + "() when no class scope is active");
        }
        return f;
    }

    /** forward_static_call_array(): {@link #forwardStaticCall} with the arguments in an array (positional). */
    public static Object forwardStaticCallArray(Context ctx, ClassTemplate scope, Object thisOrStatic, Object callback,
            Object args) {
        Object f = forwarded(ctx, "forward_static_call_array", scope, thisOrStatic, callback);
        PhpArray a = Args.array(args, "forward_static_call_array", 2, "args");
        Object[] jargs = new Object[a.size()];
        int i = 0;
        for (int p = a.firstPos(); p >= 0; p = a.nextPos(p)) jargs[i++] = a.valueAt(p);
        return Calls.callValue(ctx, f, jargs);
    }

    /**
     * String keys are named arguments; elements that are references ({@code [&$x]}) are passed as
     * such, so by-ref parameters write through them.
     */
    public static Object call_user_func_array(Context ctx, Object callback, Object args) {
        return callUserFuncArray(ctx, callback, args, false);
    }

    /** {@code $r = &call_user_func_array(...)}: as call_user_func_array, but a {@code function &f()}'s Ref is kept. */
    public static Object callUserFuncArrayRef(Context ctx, Object callback, Object args) {
        return callUserFuncArray(ctx, callback, args, true);
    }

    private static Object callUserFuncArray(Context ctx, Object callback, Object args, boolean keepRef) {
        Object f = callback(ctx, callback, "call_user_func_array", 1, "callback");
        PhpArray a = Args.array(args, "call_user_func_array", 2, "args");
        // __call/__callStatic get the array itself (its references included)
        Object magic = phpgoc.runtime.Callables.callMagicWithArray(ctx, f, a);
        if (magic != Values.UNDEF) return magic;
        Object[] jargs = new Object[a.size()];
        int i = 0;
        phpgoc.runtime.ArgList named = null;
        for (int p = a.firstPos(); p >= 0; p = a.nextPos(p)) {
            Object raw = a.rawValueAt(p);
            Object v = raw instanceof Ref ? raw : Values.copyOnAssign(a.valueAt(p));
            if (!(a.keyAt(p) instanceof Long)) {
                if (named == null) {
                    named = new phpgoc.runtime.ArgList();
                    for (int k = 0; k < i; k++) named.add(jargs[k]);
                }
                named.addNamed(Convert.toStr(a.keyAt(p)), v);
                continue;
            }
            if (named != null) throw new PhpError("Error", "Cannot use positional argument after named argument");
            jargs[i++] = v;
        }
        if (named != null) return Calls.callValue(ctx, f, named);
        phpgoc.runtime.ByRefArgs.warnValuesForRefs(ctx, f, jargs);
        return keepRef ? callRef(ctx, f, jargs) : Calls.callValue(ctx, f, jargs);
    }

    /** Calls the resolved callback {@code f}, keeping a {@code function &f()}'s Ref. */
    private static Object callRef(Context ctx, Object f, Object[] args) {
        return f instanceof phpgoc.runtime.PhpFunction pf ? pf.callRef(ctx, args) : Calls.callValueRef(ctx, f, args);
    }

    // ---- user sorts

    public static boolean usort(Context ctx, Ref array, Object callback) { return userSort(ctx, "usort", array, callback, false, false); }
    public static boolean uasort(Context ctx, Ref array, Object callback) { return userSort(ctx, "uasort", array, callback, false, true); }
    public static boolean uksort(Context ctx, Ref array, Object callback) { return userSort(ctx, "uksort", array, callback, true, true); }

    private static boolean userSort(Context ctx, String fn, Ref array, Object callback, boolean byKey, boolean keepKeys) {
        PhpArray a = Arrays.refArray(array, fn, 1, "array");
        Object f = callback(ctx, callback, fn, 2, "callback");
        if (a.size() == 0) return true;
        List<Sorting.Entry> es = Sorting.entries(a);
        boolean[] warned = {false};
        Sorting.phpSort(es, (x, y) -> byKey
                ? userCompare(ctx, fn, f, x.key(), y.key(), warned)
                : userCompare(ctx, fn, f, x.value(), y.value(), warned));
        Sorting.store(array, es, keepKeys);
        return true;
    }

    /**
     * php's php_array_user_compare: the callback's result as an int (a float 0.5 is 0), normalised
     * to -1/0/1. A bool result is deprecated (once per sort); false is retried with the operands
     * swapped, as php does, so {@code fn($a, $b) => $a > $b} still sorts.
     */
    private static int userCompare(Context ctx, String fn, Object f, Object a, Object b, boolean[] warned) {
        Object r = Calls.callValue(ctx, f, new Object[] {Values.copyOnAssign(a), Values.copyOnAssign(b)});
        if (r instanceof Ref ref) r = ref.get();
        if (r instanceof Boolean bool) {
            if (!warned[0]) {
                warned[0] = true;
                ctx.deprecated(fn + "(): Returning bool from comparison function is deprecated, "
                        + "return an integer less than, equal to, or greater than zero");
            }
            if (!bool) {
                Object r2 = Calls.callValue(ctx, f, new Object[] {Values.copyOnAssign(b), Values.copyOnAssign(a)});
                return -Long.signum(Convert.toLong(r2 instanceof Ref ref ? ref.get() : r2));
            }
        }
        return Long.signum(Convert.toLong(r));
    }

    // ---- map, filter, reduce, walk

    public static PhpArray array_map(Context ctx, Object callback, Object array, Object[] arrays) {
        Object f = callbackOrNull(ctx, callback, "array_map", 1, "callback");
        PhpArray first = Args.array(array, "array_map", 2, "array");
        if (arrays.length == 0) {
            if (f == null) return first.copy();
            PhpArray out = new PhpArray(first.size());
            for (int p = first.firstPos(); p >= 0; p = first.nextPos(p)) {
                Object v = Calls.callValue(ctx, f, new Object[] {Values.copyOnAssign(first.valueAt(p))});
                out.put(first.keyAt(p), Values.copyOnAssign(Values.deref(v)));
            }
            return out;
        }
        PhpArray[] all = new PhpArray[arrays.length + 1];
        all[0] = first;
        int max = first.size();
        for (int i = 0; i < arrays.length; i++) {
            if (!(arrays[i] instanceof PhpArray a)) {
                throw new PhpError("TypeError", "array_map(): Argument #" + (i + 3) + " must be of type array, "
                        + Values.typeName(arrays[i]) + " given");
            }
            all[i + 1] = a;
            max = java.lang.Math.max(max, a.size());
        }
        int[] pos = new int[all.length];
        for (int i = 0; i < all.length; i++) pos[i] = all[i].firstPos();
        PhpArray out = new PhpArray(max);
        for (int n = 0; n < max; n++) {
            Object[] args = new Object[all.length];
            for (int i = 0; i < all.length; i++) {
                if (pos[i] >= 0) {
                    args[i] = Values.copyOnAssign(all[i].valueAt(pos[i]));
                    pos[i] = all[i].nextPos(pos[i]);
                } else {
                    args[i] = null;
                }
            }
            if (f == null) out.append(PhpArray.of(args));
            else out.append(Values.copyOnAssign(Values.deref(Calls.callValue(ctx, f, args))));
        }
        return out;
    }

    public static PhpArray array_filter(Context ctx, Object array) { return array_filter(ctx, array, null, 0L); }
    public static PhpArray array_filter(Context ctx, Object array, Object callback) { return array_filter(ctx, array, callback, 0L); }

    public static PhpArray array_filter(Context ctx, Object array, Object callback, Object mode) {
        PhpArray a = Args.array(array, "array_filter", 1, "array");
        Object f = callbackOrNull(ctx, callback, "array_filter", 2, "callback");
        long m = Args.toInt(mode, "array_filter", 3, "mode");
        PhpArray out = new PhpArray();
        for (int p = a.firstPos(); p >= 0; p = a.nextPos(p)) {
            Object k = a.keyAt(p), v = a.valueAt(p);
            boolean keep;
            if (f == null) keep = Convert.toBool(v);
            else {
                Object[] args = m == USE_KEY ? new Object[] {k}
                        : m == USE_BOTH ? new Object[] {Values.copyOnAssign(v), k}
                        : new Object[] {Values.copyOnAssign(v)};
                keep = Convert.toBool(Values.deref(Calls.callValue(ctx, f, args)));
            }
            if (keep) out.put(k, Values.copyOnAssign(v));
        }
        return out;
    }

    public static Object array_reduce(Context ctx, Object array, Object callback) { return array_reduce(ctx, array, callback, null); }

    public static Object array_reduce(Context ctx, Object array, Object callback, Object initial) {
        PhpArray a = Args.array(array, "array_reduce", 1, "array");
        Object f = callback(ctx, callback, "array_reduce", 2, "callback");
        Object carry = Values.copyOnAssign(Values.deref(initial));
        for (int p = a.firstPos(); p >= 0; p = a.nextPos(p)) {
            carry = Values.deref(Calls.callValue(ctx, f, new Object[] {carry, Values.copyOnAssign(a.valueAt(p))}));
        }
        return carry;
    }

    public static boolean array_walk(Context ctx, Ref array, Object callback) { return array_walk(ctx, array, callback, Values.UNDEF); }

    public static boolean array_walk(Context ctx, Ref array, Object callback, Object arg) {
        return walk(ctx, array, callback(ctx, callback, "array_walk", 2, "callback"), arg, "array_walk", false);
    }

    public static boolean array_walk_recursive(Context ctx, Ref array, Object callback) {
        return array_walk_recursive(ctx, array, callback, Values.UNDEF);
    }

    /** array_walk into nested arrays: the callback sees only the leaves. */
    public static boolean array_walk_recursive(Context ctx, Ref array, Object callback, Object arg) {
        return walk(ctx, array, callback(ctx, callback, "array_walk_recursive", 2, "callback"), arg, "array_walk_recursive", true);
    }

    /** array_walk over an object: its property table, keys mangled as php shows them; values written back. */
    private static boolean walkObject(Context ctx, PhpObject o, Object f, Object arg, String fn, boolean recursive) {
        PhpArray table = phpgoc.runtime.ObjectArrays.toArray(o), before = table.copy();
        walk(ctx, new Ref(table), f, arg, fn, recursive);
        for (int p = table.firstPos(); p >= 0; p = table.nextPos(p)) {
            Object key = table.keyAt(p), v = table.rawValueAt(p);
            if (!(v instanceof Ref) && v != before.lookup(key)) Serialize.setProperty(o, Convert.toStr(key), v);
        }
        return true;
    }

    /**
     * Calls {@code callback(&$value, $key[, $arg])} for each element. A callback taking the value
     * by reference writes the element: it gets the element's own Ref if it has one, else a temporary
     * box whose new value is stored back (so elements do not stay references afterwards).
     */
    private static boolean walk(Context ctx, Ref array, Object f, Object arg, String fn, boolean recursive) {
        Object held = array.get();
        if (held instanceof PhpObject o && !(held instanceof phpgoc.runtime.Closure)) return walkObject(ctx, o, f, arg, fn, recursive);
        if (!(held instanceof PhpArray a)) {
            throw Args.typeError(fn, 1, "array", "array", held);
        }
        boolean extra = arg != Values.UNDEF;
        for (int p = a.firstPos(); p >= 0; p = a.nextPos(p)) {
            Object key = a.keyAt(p);
            Object raw = a.rawValueAt(p);
            Object init = raw instanceof Ref ? null : Values.copyOnAssign(raw);
            Ref box = raw instanceof Ref r ? r : new Ref(init);
            if (recursive && Values.deref(raw) instanceof PhpArray) {
                box.set(((PhpArray) Values.deref(raw)).copy());
                walk(ctx, box, f, arg, fn, true);
            } else {
                Object[] args = extra ? new Object[] {box, key, arg} : new Object[] {box, key};
                Calls.callValue(ctx, f, args);
            }
            boolean changed = box != raw && (box.get() != init || init instanceof PhpArray);
            if (changed && array.get() instanceof PhpArray cur && cur.containsKey(key)) cur.put(key, box.get());
            if (!(array.get() instanceof PhpArray cur) || cur != a) break; // the callback replaced the array
        }
        return true;
    }
}
