package phpgoc.runtime.ext.standard;

import java.util.HashSet;
import java.util.Set;
import phpgoc.runtime.Args;
import phpgoc.runtime.Calls;
import phpgoc.runtime.Context;
import phpgoc.runtime.Convert;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.PhpError;
import phpgoc.runtime.Values;

/**
 * Set operations on arrays (array_diff/array_intersect and their key, assoc and callback forms),
 * array_replace(_recursive) and array_merge_recursive. Values compare as strings ((string) $a ===
 * (string) $b), keys as array keys; callbacks compare with 0 meaning equal.
 */
public final class ArraySets {
    private ArraySets() {}

    private enum By { VALUE, KEY, BOTH }

    /** Argument {@code n} (1-based) of a variadic array function: php names only the first. */
    private static PhpArray arg(Object v, String fn, int n) {
        Object d = Values.deref(v);
        if (d instanceof PhpArray a) return a;
        if (n == 1) return Args.array(d, fn, 1, "array");
        throw new PhpError("TypeError", fn + "(): Argument #" + n + " must be of type array, " + Values.typeName(d) + " given");
    }

    private static PhpArray[] others(Object[] arrays, String fn, int count) {
        PhpArray[] out = new PhpArray[count];
        for (int i = 0; i < count; i++) out[i] = arg(arrays[i], fn, i + 2);
        return out;
    }

    public static PhpArray array_diff(Object array, Object[] arrays) { return filter("array_diff", array, arrays, By.VALUE, false); }
    public static PhpArray array_diff_key(Object array, Object[] arrays) { return filter("array_diff_key", array, arrays, By.KEY, false); }
    public static PhpArray array_diff_assoc(Object array, Object[] arrays) { return filter("array_diff_assoc", array, arrays, By.BOTH, false); }
    public static PhpArray array_intersect(Object array, Object[] arrays) { return filter("array_intersect", array, arrays, By.VALUE, true); }
    public static PhpArray array_intersect_key(Object array, Object[] arrays) { return filter("array_intersect_key", array, arrays, By.KEY, true); }
    public static PhpArray array_intersect_assoc(Object array, Object[] arrays) {
        return filter("array_intersect_assoc", array, arrays, By.BOTH, true);
    }

    /** Keeps the elements of {@code array} found in none (diff) or all (intersect) of the others. */
    private static PhpArray filter(String fn, Object array, Object[] arrays, By by, boolean intersect) {
        PhpArray a = arg(array, fn, 1);
        PhpArray[] os = others(arrays, fn, arrays.length);
        Set<Object>[] sets = new Set[os.length];
        for (int i = 0; i < os.length; i++) {
            sets[i] = new HashSet<>();
            for (int p = os[i].firstPos(); p >= 0; p = os[i].nextPos(p)) sets[i].add(keyOf(os[i], p, by));
        }
        PhpArray out = new PhpArray();
        for (int p = a.firstPos(); p >= 0; p = a.nextPos(p)) {
            Object k = keyOf(a, p, by);
            boolean keep = true;
            for (Set<Object> s : sets) {
                if (s.contains(k) != intersect) {
                    keep = false;
                    break;
                }
            }
            if (keep) out.put(a.keyAt(p), Values.copyOnAssign(a.valueAt(p)));
        }
        return out;
    }

    private static Object keyOf(PhpArray a, int p, By by) {
        return switch (by) {
            case VALUE -> Convert.toStr(a.valueAt(p));
            case KEY -> a.keyAt(p);
            case BOTH -> java.util.List.of(a.keyAt(p), Convert.toStr(a.valueAt(p)));
        };
    }

    // ---- user comparison: the callback is the last argument

    public static PhpArray array_udiff(Context ctx, Object array, Object[] rest) { return user(ctx, "array_udiff", array, rest, By.VALUE, false); }
    public static PhpArray array_uintersect(Context ctx, Object array, Object[] rest) {
        return user(ctx, "array_uintersect", array, rest, By.VALUE, true);
    }
    public static PhpArray array_diff_ukey(Context ctx, Object array, Object[] rest) { return user(ctx, "array_diff_ukey", array, rest, By.KEY, false); }
    public static PhpArray array_intersect_ukey(Context ctx, Object array, Object[] rest) {
        return user(ctx, "array_intersect_ukey", array, rest, By.KEY, true);
    }

    private static PhpArray user(Context ctx, String fn, Object array, Object[] rest, By by, boolean intersect) {
        PhpArray a = arg(array, fn, 1);
        if (rest.length == 0) {
            throw new PhpError("ArgumentCountError", "At least 2 arguments are required, 1 given");
        }
        Object f = Callbacks.callback(ctx, rest[rest.length - 1], fn, rest.length + 1, null);
        PhpArray[] os = others(rest, fn, rest.length - 1);
        PhpArray out = new PhpArray();
        for (int p = a.firstPos(); p >= 0; p = a.nextPos(p)) {
            Object x = by == By.KEY ? a.keyAt(p) : a.valueAt(p);
            boolean keep = true;
            for (PhpArray o : os) {
                boolean in = false;
                for (int q = o.firstPos(); q >= 0 && !in; q = o.nextPos(q)) {
                    Object y = by == By.KEY ? o.keyAt(q) : o.valueAt(q);
                    in = Convert.toLong(Values.deref(Calls.callValue(ctx, f,
                            new Object[] {Values.copyOnAssign(x), Values.copyOnAssign(y)}))) == 0;
                }
                if (intersect != in) { keep = false; break; }
            }
            if (keep) out.put(a.keyAt(p), Values.copyOnAssign(a.valueAt(p)));
        }
        return out;
    }

    // ---- replace and merge

    public static PhpArray array_replace(Object array, Object[] replacements) {
        PhpArray out = arg(array, "array_replace", 1).copy();
        for (PhpArray r : others(replacements, "array_replace", replacements.length)) {
            for (int p = r.firstPos(); p >= 0; p = r.nextPos(p)) out.put(r.keyAt(p), Values.copyOnAssign(r.valueAt(p)));
        }
        return out;
    }

    public static PhpArray array_replace_recursive(Object array, Object[] replacements) {
        PhpArray out = arg(array, "array_replace_recursive", 1);
        for (PhpArray r : others(replacements, "array_replace_recursive", replacements.length)) out = replaceRecursive(out, r);
        return out;
    }

    private static PhpArray replaceRecursive(PhpArray base, PhpArray r) {
        PhpArray out = base.copy();
        for (int p = r.firstPos(); p >= 0; p = r.nextPos(p)) {
            Object k = r.keyAt(p), v = r.valueAt(p);
            Object old = out.containsKey(k) ? Values.deref(out.lookup(k)) : null;
            if (old instanceof PhpArray oa && v instanceof PhpArray va) out.put(k, replaceRecursive(oa, va));
            else out.put(k, Values.copyOnAssign(v));
        }
        return out;
    }

    public static PhpArray array_merge_recursive(Object[] arrays) {
        PhpArray out = new PhpArray();
        for (int i = 0; i < arrays.length; i++) mergeInto(out, arg(arrays[i], "array_merge_recursive", i + 1));
        return out;
    }

    /** php_array_merge_recursive: int keys append; a string key seen before makes (or extends) an array of both values. */
    private static void mergeInto(PhpArray out, PhpArray src) {
        for (int p = src.firstPos(); p >= 0; p = src.nextPos(p)) {
            Object k = src.keyAt(p), v = Values.copyOnAssign(src.valueAt(p));
            if (k instanceof Long || !out.containsKey(k)) {
                if (k instanceof Long) out.append(v); else out.put(k, v);
                continue;
            }
            Object old = Values.deref(out.lookup(k));
            PhpArray merged = old instanceof PhpArray oa ? oa.copy() : PhpArray.of(old);
            if (v instanceof PhpArray va) mergeInto(merged, va); else merged.append(v);
            out.put(k, merged);
        }
    }
}
