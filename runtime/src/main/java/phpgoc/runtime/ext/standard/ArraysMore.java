package phpgoc.runtime.ext.standard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import phpgoc.runtime.Args;
import phpgoc.runtime.Calls;
import phpgoc.runtime.Context;
import phpgoc.runtime.Convert;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.PhpError;
import phpgoc.runtime.Ref;
import phpgoc.runtime.Values;

/**
 * More array functions of ext/standard: array_multisort, shuffle and array_rand (drawing from the
 * run's MT19937 generator as php does, so seeded sequences match), array_change_key_case, and the
 * set operations comparing keys and values where one or both comparisons is a user callback.
 */
public final class ArraysMore {
    private ArraysMore() {}

    // ---- array_multisort: arrays (by reference) each followed by optional order and type flags

    public static boolean array_multisort(Context ctx, Ref a1) { return multisort(a1); }
    public static boolean array_multisort(Context ctx, Ref a1, Ref a2) { return multisort(a1, a2); }
    public static boolean array_multisort(Context ctx, Ref a1, Ref a2, Ref a3) { return multisort(a1, a2, a3); }
    public static boolean array_multisort(Context ctx, Ref a1, Ref a2, Ref a3, Ref a4) { return multisort(a1, a2, a3, a4); }
    public static boolean array_multisort(Context ctx, Ref a1, Ref a2, Ref a3, Ref a4, Ref a5) {
        return multisort(a1, a2, a3, a4, a5);
    }
    public static boolean array_multisort(Context ctx, Ref a1, Ref a2, Ref a3, Ref a4, Ref a5, Ref a6) {
        return multisort(a1, a2, a3, a4, a5, a6);
    }
    public static boolean array_multisort(Context ctx, Ref a1, Ref a2, Ref a3, Ref a4, Ref a5, Ref a6, Ref a7) {
        return multisort(a1, a2, a3, a4, a5, a6, a7);
    }
    public static boolean array_multisort(Context ctx, Ref a1, Ref a2, Ref a3, Ref a4, Ref a5, Ref a6, Ref a7, Ref a8) {
        return multisort(a1, a2, a3, a4, a5, a6, a7, a8);
    }
    public static boolean array_multisort(Context ctx, Ref a1, Ref a2, Ref a3, Ref a4, Ref a5, Ref a6, Ref a7, Ref a8,
            Ref a9) {
        return multisort(a1, a2, a3, a4, a5, a6, a7, a8, a9);
    }
    public static boolean array_multisort(Context ctx, Ref a1, Ref a2, Ref a3, Ref a4, Ref a5, Ref a6, Ref a7, Ref a8,
            Ref a9, Ref a10) {
        return multisort(a1, a2, a3, a4, a5, a6, a7, a8, a9, a10);
    }
    public static boolean array_multisort(Context ctx, Ref a1, Ref a2, Ref a3, Ref a4, Ref a5, Ref a6, Ref a7, Ref a8,
            Ref a9, Ref a10, Ref a11, Ref a12) {
        return multisort(a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12);
    }

    private static String argName(int i) { return i == 0 ? "Argument #1 ($array)" : "Argument #" + (i + 1); }

    /** php_array_multisort: parse arrays and flags, sort the rows, rebuild each array (int keys renumbered). */
    private static boolean multisort(Ref... refs) {
        List<Ref> arrays = new ArrayList<>();
        List<int[]> flags = new ArrayList<>(); // per array: {descending, sort type}
        boolean orderOk = false, typeOk = false;
        int order = 0, type = Sorting.SORT_REGULAR;
        for (int i = 0; i < refs.length; i++) {
            Object v = refs[i].get();
            if (v instanceof PhpArray) {
                if (i > 0) {
                    flags.add(new int[] {order, type});
                    order = 0;
                    type = Sorting.SORT_REGULAR;
                }
                arrays.add(refs[i]);
                orderOk = typeOk = true;
            } else if (v instanceof Long l) {
                switch ((int) (l & ~Sorting.SORT_FLAG_CASE)) {
                    case 4, 3 -> {
                        if (!orderOk) throw notAgain(i);
                        order = l == 3 ? 1 : 0;
                        orderOk = false;
                    }
                    case 0, 1, 2, 5, 6 -> {
                        if (!typeOk) throw notAgain(i);
                        type = (int) (long) l;
                        typeOk = false;
                    }
                    default -> throw new PhpError("ValueError", "array_multisort(): " + argName(i) + " must be a valid sort flag");
                }
            } else {
                throw new PhpError("TypeError", "array_multisort(): " + argName(i) + " must be an array or a sort flag");
            }
        }
        flags.add(new int[] {order, type});
        int size = ((PhpArray) arrays.get(0).get()).size();
        for (Ref r : arrays) {
            if (((PhpArray) r.get()).size() != size) throw new PhpError("ValueError", "Array sizes are inconsistent");
        }
        if (size < 1) return true;
        int n = arrays.size();
        Object[][] keys = new Object[n][size], vals = new Object[n][size];
        for (int r = 0; r < n; r++) {
            PhpArray a = (PhpArray) arrays.get(r).get();
            int k = 0;
            for (int p = a.firstPos(); p >= 0; p = a.nextPos(p), k++) {
                keys[r][k] = a.keyAt(p);
                vals[r][k] = a.rawValueAt(p);
            }
        }
        Integer[] rows = new Integer[size];
        for (int i = 0; i < size; i++) rows[i] = i;
        Comparator<Integer> cmp = (x, y) -> {
            for (int r = 0; r < n; r++) {
                int c = Sorting.compareByFlags(Values.deref(vals[r][x]), Values.deref(vals[r][y]), flags.get(r)[1]);
                if (flags.get(r)[0] == 1) c = -c;
                if (c != 0) return c > 0 ? 1 : -1;
            }
            return 0;
        };
        ZendSort.sort(rows, cmp);
        for (int r = 0; r < n; r++) {
            PhpArray out = new PhpArray(size);
            for (int i = 0; i < size; i++) {
                Object k = keys[r][rows[i]], v = vals[r][rows[i]];
                if (k instanceof Long) {
                    if (v instanceof Ref ref) out.putRef(out.nextIndex(), ref); else out.append(v);
                } else if (v instanceof Ref ref) {
                    out.putRef(k, ref);
                } else {
                    out.put(k, v);
                }
            }
            arrays.get(r).set(out);
        }
        return true;
    }

    private static PhpError notAgain(int i) {
        return new PhpError("TypeError", "array_multisort(): " + argName(i)
                + " must be an array or a sort flag that has not already been specified");
    }

    // ---- random picks

    public static boolean shuffle(Context ctx, Ref array) {
        PhpArray a = Arrays.refArray(array, "shuffle", 1, "array");
        int n = a.size();
        Object[] vs = new Object[n];
        int k = 0;
        for (int p = a.firstPos(); p >= 0; p = a.nextPos(p)) vs[k++] = a.rawValueAt(p);
        Math.Mt mt = Math.mt(ctx);
        for (int left = n - 1; left > 0; left--) {
            int j = (int) mt.range(0, left);
            if (j != left) {
                Object t = vs[left];
                vs[left] = vs[j];
                vs[j] = t;
            }
        }
        PhpArray out = new PhpArray(n);
        for (Object v : vs) {
            if (v instanceof Ref r) out.putRef(out.nextIndex(), r); else out.append(v);
        }
        array.set(out);
        return true;
    }

    public static Object array_rand(Context ctx, Object array) { return array_rand(ctx, array, 1L); }

    public static Object array_rand(Context ctx, Object array, Object num) {
        PhpArray a = Args.array(array, "array_rand", 1, "array");
        long req = Args.toInt(num, "array_rand", 2, "num");
        int n = a.size();
        if (n == 0) throw new PhpError("ValueError", "array_rand(): Argument #1 ($array) cannot be empty");
        Math.Mt mt = Math.mt(ctx);
        if (req == 1) {
            long idx = mt.range(0, n - 1);
            int k = 0;
            for (int p = a.firstPos(); p >= 0; p = a.nextPos(p), k++) if (k == idx) return a.keyAt(p);
        }
        if (req <= 0 || req > n) {
            throw new PhpError("ValueError",
                    "array_rand(): Argument #2 ($num) must be between 1 and the number of elements in argument #1 ($array)");
        }
        boolean negative = false;
        if (req > (n >> 1)) {
            negative = true;
            req = n - req;
        }
        boolean[] bits = new boolean[n];
        for (long i = req; i > 0;) {
            int r = (int) mt.range(0, n - 1);
            if (!bits[r]) {
                bits[r] = true;
                i--;
            }
        }
        PhpArray out = new PhpArray();
        int k = 0;
        for (int p = a.firstPos(); p >= 0; p = a.nextPos(p), k++) if (bits[k] ^ negative) out.append(a.keyAt(p));
        return out;
    }

    // ---- keys

    public static PhpArray array_change_key_case(Object array) { return array_change_key_case(array, 0L); }

    public static PhpArray array_change_key_case(Object array, Object mode) {
        PhpArray a = Args.array(array, "array_change_key_case", 1, "array");
        boolean upper = Args.toInt(mode, "array_change_key_case", 2, "mode") != 0;
        PhpArray out = new PhpArray(a.size());
        for (int p = a.firstPos(); p >= 0; p = a.nextPos(p)) {
            Object k = a.keyAt(p);
            if (k instanceof String s) k = upper ? Strings.asciiUpper(s) : Strings.asciiLower(s);
            out.put(k, Values.copyOnAssign(a.valueAt(p)));
        }
        return out;
    }

    // ---- set operations on key and value, with user comparisons (the callbacks are the last arguments)

    public static PhpArray array_diff_uassoc(Context ctx, Object array, Object[] rest) {
        return assoc(ctx, "array_diff_uassoc", array, rest, false, false, true);
    }
    public static PhpArray array_udiff_assoc(Context ctx, Object array, Object[] rest) {
        return assoc(ctx, "array_udiff_assoc", array, rest, false, true, false);
    }
    public static PhpArray array_udiff_uassoc(Context ctx, Object array, Object[] rest) {
        return assoc(ctx, "array_udiff_uassoc", array, rest, false, true, true);
    }
    public static PhpArray array_intersect_uassoc(Context ctx, Object array, Object[] rest) {
        return assoc(ctx, "array_intersect_uassoc", array, rest, true, false, true);
    }
    public static PhpArray array_uintersect_assoc(Context ctx, Object array, Object[] rest) {
        return assoc(ctx, "array_uintersect_assoc", array, rest, true, true, false);
    }
    public static PhpArray array_uintersect_uassoc(Context ctx, Object array, Object[] rest) {
        return assoc(ctx, "array_uintersect_uassoc", array, rest, true, true, true);
    }

    /**
     * Keeps the elements of {@code array} whose key and value pair is in none (diff) or all
     * (intersect) of the other arrays; values and keys compare by user callback or as php's builtin
     * forms do ((string) values equal; keys identical).
     */
    private static PhpArray assoc(Context ctx, String fn, Object array, Object[] rest, boolean intersect,
            boolean userValue, boolean userKey) {
        int callbacks = (userValue ? 1 : 0) + (userKey ? 1 : 0);
        int total = rest.length + 1;
        if (total < callbacks + 1) {
            throw new PhpError("ArgumentCountError", fn + "() expects at least " + (callbacks + 1) + " arguments, " + total + " given");
        }
        int nOthers = rest.length - callbacks;
        Object vf = null, kf = null;
        if (userValue) vf = Callbacks.callback(ctx, rest[nOthers], fn, nOthers + 2, null);
        if (userKey) kf = Callbacks.callback(ctx, rest[rest.length - 1], fn, rest.length + 1, null);
        PhpArray a = Args.array(array, fn, 1, "array");
        PhpArray[] os = new PhpArray[nOthers];
        for (int i = 0; i < nOthers; i++) {
            Object d = Values.deref(rest[i]);
            if (!(d instanceof PhpArray pa)) {
                throw new PhpError("TypeError", fn + "(): Argument #" + (i + 2) + " must be of type array, " + Values.typeName(d) + " given");
            }
            os[i] = pa;
        }
        PhpArray out = new PhpArray();
        for (int p = a.firstPos(); p >= 0; p = a.nextPos(p)) {
            Object k = a.keyAt(p), v = a.valueAt(p);
            boolean keep = true;
            for (PhpArray o : os) {
                boolean in = false;
                if (!userKey) {
                    if (o.containsKey(k)) in = same(ctx, vf, v, Values.deref(o.lookup(k)));
                } else {
                    for (int q = o.firstPos(); q >= 0 && !in; q = o.nextPos(q)) {
                        in = same(ctx, kf, k, o.keyAt(q)) && same(ctx, vf, v, o.valueAt(q));
                    }
                }
                if (in != intersect) {
                    keep = false;
                    break;
                }
            }
            if (keep) out.put(k, Values.copyOnAssign(a.valueAt(p)));
        }
        return out;
    }

    /** Whether x and y compare equal: by callback {@code f} (0 means equal), else as strings. */
    private static boolean same(Context ctx, Object f, Object x, Object y) {
        if (f == null) return Convert.toStr(x).equals(Convert.toStr(y));
        Object r = Calls.callValue(ctx, f, new Object[] {Values.copyOnAssign(x), Values.copyOnAssign(y)});
        return Convert.toLong(Values.deref(r)) == 0;
    }
}
