package phpgoc.runtime.ext.standard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import phpgoc.runtime.Args;
import phpgoc.runtime.Compare;
import phpgoc.runtime.Convert;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.Ref;

/**
 * The sorting functions of ext/standard that take no callback (sort, rsort, asort, arsort, ksort,
 * krsort, natsort, natcasesort), and what the user sorts of {@link Callbacks} share with them:
 * php's {@code zend_hash_sort} order ({@link ZendSort}, stable) and the rebuilding of the array.
 */
public final class Sorting {
    private Sorting() {}

    static final int SORT_REGULAR = 0, SORT_NUMERIC = 1, SORT_STRING = 2, SORT_NATURAL = 6, SORT_FLAG_CASE = 8;

    /** One element being sorted: key and (deref'd) value. */
    record Entry(Object key, Object value) {}

    static List<Entry> entries(PhpArray a) {
        List<Entry> out = new ArrayList<>(a.size());
        for (int p = a.firstPos(); p >= 0; p = a.nextPos(p)) out.add(new Entry(a.keyAt(p), a.valueAt(p)));
        return out;
    }

    /** php's comparison of two values for sort flags (SORT_REGULAR, SORT_NUMERIC, SORT_STRING[|SORT_FLAG_CASE], SORT_NATURAL...). */
    static int compareByFlags(Object a, Object b, int flags) {
        switch (flags & ~SORT_FLAG_CASE) {
            case SORT_NUMERIC -> {
                double x = Convert.toDouble(a), y = Convert.toDouble(b);
                return x < y ? -1 : x > y ? 1 : 0;
            }
            case SORT_STRING, 5 -> {
                String x = Convert.toStr(a), y = Convert.toStr(b);
                return Long.signum(StringCompare.compareBytes(x, y, Integer.MAX_VALUE, (flags & SORT_FLAG_CASE) != 0));
            }
            case SORT_NATURAL -> {
                return Natural.compare(Convert.toStr(a), Convert.toStr(b), (flags & SORT_FLAG_CASE) != 0);
            }
            default -> {
                return Compare.compare(a, b);
            }
        }
    }

    /**
     * Sorts entries as php's {@code zend_hash_sort}: {@link ZendSort} (php's own algorithm, so
     * inconsistent comparisons give php's order) with ties broken by original position (stable).
     */
    static void phpSort(List<Entry> list, Comparator<Entry> cmp) {
        Entry[] a = list.toArray(new Entry[0]);
        ZendSort.sort(a, cmp);
        for (int i = 0; i < a.length; i++) list.set(i, a[i]);
    }

    /** Rebuilds the sorted entries into the caller's array: renumbered (sort, usort) or keeping keys. */
    static void store(Ref array, List<Entry> es, boolean keepKeys) {
        PhpArray out = new PhpArray(es.size());
        for (Entry e : es) {
            if (keepKeys) out.put(e.key(), e.value());
            else out.append(e.value());
        }
        array.set(out);
    }

    private static boolean sort(String fn, Ref array, Object flags, boolean byKey, boolean reverse, boolean keepKeys) {
        PhpArray a = Arrays.refArray(array, fn, 1, "array");
        int f = (int) Args.toInt(flags, fn, 2, "flags");
        long[] ints;
        if (!byKey && !keepKeys && f == SORT_REGULAR && (ints = a.intValues()) != null) {
            // equal ints are indistinguishable once renumbered, so any sort by value gives php's order
            java.util.Arrays.sort(ints);
            if (reverse) {
                for (int i = 0, j = ints.length - 1; i < j; i++, j--) {
                    long t = ints[i];
                    ints[i] = ints[j];
                    ints[j] = t;
                }
            }
            array.set(PhpArray.ofInts(ints));
            return true;
        }
        List<Entry> es = entries(a);
        Comparator<Entry> cmp = byKey
                ? (x, y) -> compareByFlags(x.key(), y.key(), f)
                : (x, y) -> compareByFlags(x.value(), y.value(), f);
        if (reverse) {
            Comparator<Entry> fwd = cmp;
            cmp = (x, y) -> -fwd.compare(x, y); // php negates cmp(a, b); it never swaps the operands
        }
        phpSort(es, cmp);
        store(array, es, keepKeys);
        return true;
    }

    public static boolean sort(Ref array) { return sort("sort", array, 0L, false, false, false); }
    public static boolean sort(Ref array, Object flags) { return sort("sort", array, flags, false, false, false); }
    public static boolean rsort(Ref array) { return sort("rsort", array, 0L, false, true, false); }
    public static boolean rsort(Ref array, Object flags) { return sort("rsort", array, flags, false, true, false); }
    public static boolean asort(Ref array) { return sort("asort", array, 0L, false, false, true); }
    public static boolean asort(Ref array, Object flags) { return sort("asort", array, flags, false, false, true); }
    public static boolean arsort(Ref array) { return sort("arsort", array, 0L, false, true, true); }
    public static boolean arsort(Ref array, Object flags) { return sort("arsort", array, flags, false, true, true); }
    public static boolean ksort(Ref array) { return sort("ksort", array, 0L, true, false, true); }
    public static boolean ksort(Ref array, Object flags) { return sort("ksort", array, flags, true, false, true); }
    public static boolean krsort(Ref array) { return sort("krsort", array, 0L, true, true, true); }
    public static boolean krsort(Ref array, Object flags) { return sort("krsort", array, flags, true, true, true); }

    public static boolean natsort(Ref array) { return sort("natsort", array, (long) SORT_NATURAL, false, false, true); }
    public static boolean natcasesort(Ref array) {
        return sort("natcasesort", array, (long) (SORT_NATURAL | SORT_FLAG_CASE), false, false, true);
    }
}
