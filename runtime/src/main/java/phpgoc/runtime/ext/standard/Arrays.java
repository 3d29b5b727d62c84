package phpgoc.runtime.ext.standard;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import phpgoc.runtime.Args;
import phpgoc.runtime.Arith;
import phpgoc.runtime.Compare;
import phpgoc.runtime.Convert;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.PhpError;
import phpgoc.runtime.Ref;
import phpgoc.runtime.Values;

/**
 * The array functions of ext/standard that take no callback. Arrays received by value are never
 * written: results are new arrays. By-reference functions (sort, array_push...) write the array
 * held by the caller's {@link Ref}.
 */
public final class Arrays {
    private Arrays() {}

    static PhpArray arr(Object v, String fn, int n, String param) { return Args.array(v, fn, n, param); }

    /** The array in a by-reference argument, with php's TypeError when it is not one. */
    static PhpArray refArray(Ref ref, String fn, int n, String param) {
        Object v = ref.get();
        if (v instanceof PhpArray a) return a;
        throw new PhpError("TypeError", fn + "(): Argument #" + n + " ($" + param + ") must be of type array, " + Values.typeName(v) + " given");
    }

    // ---- count

    public static long count(Object value) { return count("count", value, 0L); }
    public static long count(Object value, Object mode) { return count("count", value, mode); }
    public static long sizeof(Object value) { return count("sizeof", value, 0L); }
    public static long sizeof(Object value, Object mode) { return count("sizeof", value, mode); }

    private static long count(String fn, Object value, Object mode) {
        if (phpgoc.runtime.Spl.isCountable(value)) return phpgoc.runtime.Spl.count(value);
        if (!(value instanceof PhpArray a)) {
            throw new PhpError("TypeError", fn + "(): Argument #1 ($value) must be of type Countable|array, " + Values.typeName(value) + " given");
        }
        long m = Args.toInt(mode, fn, 2, "mode");
        if (m != 0 && m != 1) throw new PhpError("ValueError", fn + "(): Argument #2 ($mode) must be either COUNT_NORMAL or COUNT_RECURSIVE");
        return m == 1 ? countRecursive(a, 0) : a.size();
    }

    private static long countRecursive(PhpArray a, int depth) {
        if (depth > 256) {
            Fmt.warning("count(): Recursion detected");
            return 0;
        }
        long n = a.size();
        for (int p = a.firstPos(); p >= 0; p = a.nextPos(p)) {
            if (a.valueAt(p) instanceof PhpArray inner) n += countRecursive(inner, depth + 1);
        }
        return n;
    }

    // ---- keys, values, search

    public static PhpArray array_keys(Object array) {
        PhpArray a = arr(array, "array_keys", 1, "array");
        PhpArray out = new PhpArray(a.size());
        for (int p = a.firstPos(); p >= 0; p = a.nextPos(p)) out.append(a.keyAt(p));
        return out;
    }

    public static PhpArray array_keys(Object array, Object filter_value) { return array_keys(array, filter_value, false); }

    public static PhpArray array_keys(Object array, Object filter_value, Object strict) {
        PhpArray a = arr(array, "array_keys", 1, "array");
        boolean st = Args.toBool(strict, "array_keys", 3, "strict");
        PhpArray out = new PhpArray();
        for (int p = a.firstPos(); p >= 0; p = a.nextPos(p)) {
            Object v = a.valueAt(p);
            if (st ? Compare.identical(v, filter_value) : Compare.looseEquals(v, filter_value)) out.append(a.keyAt(p));
        }
        return out;
    }

    public static PhpArray array_values(Object array) {
        PhpArray a = arr(array, "array_values", 1, "array");
        PhpArray out = new PhpArray(a.size());
        for (int p = a.firstPos(); p >= 0; p = a.nextPos(p)) out.append(a.valueAt(p));
        return out;
    }

    public static boolean in_array(Object needle, Object haystack) { return in_array(needle, haystack, false); }

    public static boolean in_array(Object needle, Object haystack, Object strict) {
        return search("in_array", needle, haystack, strict) != null;
    }

    public static Object array_search(Object needle, Object haystack) { return array_search(needle, haystack, false); }

    public static Object array_search(Object needle, Object haystack, Object strict) {
        Object k = search("array_search", needle, haystack, strict);
        return k == null ? Boolean.FALSE : k;
    }

    private static Object search(String fn, Object needle, Object haystack, Object strict) {
        PhpArray a = arr(haystack, fn, 2, "haystack");
        boolean st = Args.toBool(strict, fn, 3, "strict");
        for (int p = a.firstPos(); p >= 0; p = a.nextPos(p)) {
            Object v = a.valueAt(p);
            if (st ? Compare.identical(v, needle) : Compare.looseEquals(v, needle)) return a.keyAt(p);
        }
        return null;
    }

    public static boolean array_key_exists(Object key, Object array) { return keyExists("array_key_exists", key, array); }
    /**
     * {@code array_key_exists($k, $a)} called directly by name outside a namespace: php compiles it
     * to the ZEND_ARRAY_KEY_EXISTS opcode, whose error for an array key is the bare "Illegal offset
     * type" (and whose stack trace has no array_key_exists frame). Dynamic calls use the function.
     */
    public static boolean keyExistsOp(Object key, Object array) {
        if (key instanceof PhpArray && array instanceof PhpArray) throw new PhpError("TypeError", "Illegal offset type");
        return keyExists("array_key_exists", key, array);
    }

    public static boolean key_exists(Object key, Object array) { return keyExists("key_exists", key, array); }

    private static boolean keyExists(String fn, Object key, Object array) {
        PhpArray a = arr(array, fn, 2, "array");
        if (key == null) return a.containsKey("");
        if (key instanceof PhpArray) {
            throw new PhpError("TypeError", fn + "(): Argument #1 ($key) must be a valid array offset type");
        }
        return a.containsKey(Convert.toKey(key));
    }

    public static Object array_key_first(Object array) {
        PhpArray a = arr(array, "array_key_first", 1, "array");
        int p = a.firstPos();
        return p < 0 ? null : a.keyAt(p);
    }

    public static Object array_key_last(Object array) {
        PhpArray a = arr(array, "array_key_last", 1, "array");
        int p = a.lastPos();
        return p < 0 ? null : a.keyAt(p);
    }

    public static boolean array_is_list(Object array) {
        PhpArray a = arr(array, "array_is_list", 1, "array");
        return a.isList();
    }

    // ---- building arrays

    public static PhpArray array_merge(Object[] arrays) {
        PhpArray out = new PhpArray();
        for (int i = 0; i < arrays.length; i++) {
            if (!(arrays[i] instanceof PhpArray a)) {
                throw new PhpError("TypeError", "array_merge(): Argument #" + (i + 1) + " must be of type array, " + Values.typeName(arrays[i]) + " given");
            }
            if (arrays.length == 1 && i == 0 && array_is_list(a)) return a.copy();
            for (int p = a.firstPos(); p >= 0; p = a.nextPos(p)) {
                Object k = a.keyAt(p);
                if (k instanceof Long) out.append(a.valueAt(p));
                else out.put(k, a.valueAt(p));
            }
        }
        return out;
    }

    public static PhpArray array_combine(Object keys, Object values) {
        PhpArray k = arr(keys, "array_combine", 1, "keys");
        PhpArray v = arr(values, "array_combine", 2, "values");
        if (k.size() != v.size()) {
            throw new PhpError("ValueError", "array_combine(): Argument #1 ($keys) and argument #2 ($values) must have the same number of elements");
        }
        PhpArray out = new PhpArray(k.size());
        for (int p = k.firstPos(), q = v.firstPos(); p >= 0; p = k.nextPos(p), q = v.nextPos(q)) {
            out.put(keyOf(k.valueAt(p)), v.valueAt(q));
        }
        return out;
    }

    /** A value used as a key by array_combine/array_fill_keys/array_column: ints stay, everything else as a string. */
    private static Object keyOf(Object v) {
        if (v instanceof Long) return v;
        return Convert.toKey(Convert.toStr(v));
    }

    public static PhpArray array_flip(Object array) {
        PhpArray a = arr(array, "array_flip", 1, "array");
        PhpArray out = new PhpArray(a.size());
        for (int p = a.firstPos(); p >= 0; p = a.nextPos(p)) {
            Object v = a.valueAt(p);
            if (v instanceof Long || Values.isString(v)) out.put(v instanceof Long ? v : Convert.toStr(v), a.keyAt(p));
            else Fmt.warning("array_flip(): Can only flip string and integer values, entry skipped");
        }
        return out;
    }

    public static PhpArray array_reverse(Object array) { return array_reverse(array, false); }

    public static PhpArray array_reverse(Object array, Object preserve_keys) {
        PhpArray a = arr(array, "array_reverse", 1, "array");
        boolean keep = Args.toBool(preserve_keys, "array_reverse", 2, "preserve_keys");
        List<Sorting.Entry> es = Sorting.entries(a);
        PhpArray out = new PhpArray(es.size());
        for (int i = es.size() - 1; i >= 0; i--) {
            Sorting.Entry e = es.get(i);
            if (e.key() instanceof Long && !keep) out.append(e.value());
            else out.put(e.key(), e.value());
        }
        return out;
    }

    public static PhpArray array_slice(Object array, Object offset) { return array_slice(array, offset, null, false); }
    public static PhpArray array_slice(Object array, Object offset, Object length) { return array_slice(array, offset, length, false); }

    public static PhpArray array_slice(Object array, Object offset, Object length, Object preserve_keys) {
        PhpArray a = arr(array, "array_slice", 1, "array");
        long off = Args.toInt(offset, "array_slice", 2, "offset");
        boolean keep = Args.toBool(preserve_keys, "array_slice", 4, "preserve_keys");
        int n = a.size();
        long len = Strings.isNull(length) ? n : Args.toInt(length, "array_slice", 3, "length");
        long[] r = sliceRange(n, off, len);
        PhpArray out = new PhpArray();
        int i = 0;
        for (int p = a.firstPos(); p >= 0; p = a.nextPos(p), i++) {
            if (i < r[0]) continue;
            if (i >= r[1]) break;
            Object k = a.keyAt(p);
            if (k instanceof Long && !keep) out.append(a.valueAt(p));
            else out.put(k, a.valueAt(p));
        }
        return out;
    }

    /** [from, to) positions for php's offset/length slice semantics. */
    private static long[] sliceRange(int n, long off, long len) {
        if (off > n) return new long[] {n, n};
        if (off < 0 && (off = n + off) < 0) off = 0;
        if (len < 0) len = n - off + len;
        else if (off + len > n) len = n - off;
        if (len <= 0) return new long[] {off, off};
        return new long[] {off, off + len};
    }

    public static PhpArray array_splice(Ref array, Object offset) { return array_splice(array, offset, null, Values.UNDEF); }
    public static PhpArray array_splice(Ref array, Object offset, Object length) { return array_splice(array, offset, length, Values.UNDEF); }

    public static PhpArray array_splice(Ref array, Object offset, Object length, Object replacement) {
        PhpArray a = refArray(array, "array_splice", 1, "array");
        long off = Args.toInt(offset, "array_splice", 2, "offset");
        int n = a.size();
        long len = Strings.isNull(length) ? n : Args.toInt(length, "array_splice", 3, "length");
        long[] r = sliceRange(n, off, len);
        PhpArray removed = new PhpArray();
        PhpArray out = new PhpArray();
        int i = 0;
        boolean inserted = false;
        for (int p = a.firstPos(); p >= 0; p = a.nextPos(p), i++) {
            if (i == r[0] && !inserted) {
                insertReplacement(out, replacement);
                inserted = true;
            }
            Object k = a.keyAt(p);
            Object v = a.valueAt(p);
            if (i >= r[0] && i < r[1]) {
                if (k instanceof Long) removed.append(v);
                else removed.put(k, v);
            } else if (a.rawValueAt(p) instanceof Ref ref && ref.isShared()) {
                // a kept element that is a reference stays one: the new array takes the old one's binding
                out.putRef(k instanceof Long ? (Object) out.nextIndex() : k, ref);
                ref.binds--;
            } else if (k instanceof Long) out.append(v);
            else out.put(k, v);
        }
        if (!inserted) insertReplacement(out, replacement);
        array.set(out);
        return removed;
    }

    private static void insertReplacement(PhpArray out, Object replacement) {
        if (replacement == Values.UNDEF || replacement == null) return;
        if (replacement instanceof PhpArray ra) {
            for (int p = ra.firstPos(); p >= 0; p = ra.nextPos(p)) out.append(ra.valueAt(p));
        } else out.append(replacement);
    }

    // ---- sums

    /** A value as a number the way array_sum sees it: silently, leading-numeric strings by their prefix. */
    static Object toNumber(Object v) {
        if (v instanceof Long || v instanceof Double) return v;
        if (v == null) return 0L;
        if (v instanceof Boolean b) return b ? 1L : 0L;
        if (Values.isString(v)) {
            String s = Convert.toStr(v);
            Object n = Convert.parseNumeric(s);
            if (n != null) return n;
            return leadingNumber(s);
        }
        return 0L;
    }

    /** The number a string's numeric prefix denotes (0 if none), like strtol/strtod without warnings. */
    static Object leadingNumber(String s) {
        int i = 0, n = s.length();
        while (i < n && " \t\n\r\u000B\f".indexOf(s.charAt(i)) >= 0) i++;
        int start = i;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) i++;
        int intStart = i;
        while (i < n && isDigit(s.charAt(i))) i++;
        int intDigits = i - intStart, fracDigits = 0;
        boolean isDouble = false;
        if (i < n && s.charAt(i) == '.') {
            int j = i + 1;
            while (j < n && isDigit(s.charAt(j))) j++;
            fracDigits = j - i - 1;
            if (intDigits + fracDigits > 0) {
                i = j;
                isDouble = true;
            }
        }
        if (intDigits + fracDigits == 0) return 0L;
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < n && (s.charAt(j) == '+' || s.charAt(j) == '-')) j++;
            int ds = j;
            while (j < n && isDigit(s.charAt(j))) j++;
            if (j > ds) {
                i = j;
                isDouble = true;
            }
        }
        String num = s.substring(start, i);
        if (!isDouble) {
            try {
                return Long.parseLong(num);
            } catch (NumberFormatException e) {
                return Double.parseDouble(num);
            }
        }
        return Double.parseDouble(num);
    }

    private static boolean isDigit(char c) { return c >= '0' && c <= '9'; }

    public static Object array_sum(Object array) {
        PhpArray a = arr(array, "array_sum", 1, "array");
        Object acc = 0L;
        for (int p = a.firstPos(); p >= 0; p = a.nextPos(p)) {
            Object v = a.valueAt(p);
            if (v instanceof PhpArray) continue;
            acc = Arith.add(acc, toNumber(v));
        }
        return acc;
    }

    public static Object array_product(Object array) {
        PhpArray a = arr(array, "array_product", 1, "array");
        Object acc = 1L;
        for (int p = a.firstPos(); p >= 0; p = a.nextPos(p)) {
            Object v = a.valueAt(p);
            if (v instanceof PhpArray) continue;
            acc = Arith.mul(acc, toNumber(v));
        }
        return acc;
    }

    // ---- stack and queue (by reference)

    public static long array_push(Ref array, Object[] values) {
        PhpArray a = refArray(array, "array_push", 1, "array");
        for (Object v : values) {
            if (a.nextIndex() == Long.MAX_VALUE && a.containsKey(Long.MAX_VALUE)) {
                throw new PhpError("Error", "Cannot add element to the array as the next element is already occupied");
            }
            a.append(Values.copyOnAssign(v));
        }
        return a.size();
    }

    public static Object array_pop(Ref array) {
        PhpArray a = refArray(array, "array_pop", 1, "array");
        if (a.size() == 0) return null;
        Object lastKey = array_key_last(a);
        Object v = a.lookup(lastKey);
        a.remove(lastKey);
        ArrayOps.afterPop(array, a, lastKey);
        a.pointerReset();
        return v;
    }

    public static Object array_shift(Ref array) {
        PhpArray a = refArray(array, "array_shift", 1, "array");
        if (a.size() == 0) return null;
        int p = a.firstPos();
        Object v = a.valueAt(p);
        PhpArray out = new PhpArray(a.size());
        for (p = a.nextPos(p); p >= 0; p = a.nextPos(p)) {
            Object k = a.keyAt(p);
            if (k instanceof Long) out.append(a.valueAt(p));
            else out.put(k, a.valueAt(p));
        }
        array.set(out);
        return v;
    }

    public static long array_unshift(Ref array, Object[] values) {
        PhpArray a = refArray(array, "array_unshift", 1, "array");
        PhpArray out = new PhpArray(a.size() + values.length);
        for (Object v : values) out.append(Values.copyOnAssign(v));
        for (int p = a.firstPos(); p >= 0; p = a.nextPos(p)) {
            Object k = a.keyAt(p);
            if (k instanceof Long) out.append(a.valueAt(p));
            else out.put(k, a.valueAt(p));
        }
        array.set(out);
        return out.size();
    }

    // ---- filling

    public static PhpArray array_fill(Object start_index, Object count, Object value) {
        long start = Args.toInt(start_index, "array_fill", 1, "start_index");
        long n = Args.toInt(count, "array_fill", 2, "count");
        if (n < 0) throw new PhpError("ValueError", "array_fill(): Argument #2 ($count) must be greater than or equal to 0");
        if (n >= 0x80000000L) throw new PhpError("ValueError", "array_fill(): Argument #2 ($count) is too large");
        PhpArray out = new PhpArray((int) n);
        for (long i = 0; i < n; i++) out.put(start + i, Values.copyOnAssign(value));
        return out;
    }

    public static PhpArray array_fill_keys(Object keys, Object value) {
        PhpArray k = arr(keys, "array_fill_keys", 1, "keys");
        PhpArray out = new PhpArray(k.size());
        for (int p = k.firstPos(); p >= 0; p = k.nextPos(p)) out.put(keyOf(k.valueAt(p)), Values.copyOnAssign(value));
        return out;
    }

    public static PhpArray array_pad(Object array, Object length, Object value) {
        PhpArray a = arr(array, "array_pad", 1, "array");
        long len = Args.toInt(length, "array_pad", 2, "length");
        long abs = java.lang.Math.abs(len);
        if (abs <= a.size()) return a.copy();
        if (abs > 0x40000000L) throw new PhpError("ValueError", "array_pad(): Argument #2 ($length) must be less than or equal to 1048576");
        long pads = abs - a.size();
        PhpArray out = new PhpArray((int) abs);
        if (len < 0) for (long i = 0; i < pads; i++) out.append(Values.copyOnAssign(value));
        for (int p = a.firstPos(); p >= 0; p = a.nextPos(p)) {
            Object k = a.keyAt(p);
            if (k instanceof Long) out.append(a.valueAt(p));
            else out.put(k, a.valueAt(p));
        }
        if (len > 0) for (long i = 0; i < pads; i++) out.append(Values.copyOnAssign(value));
        return out;
    }

    public static PhpArray array_unique(Object array) { return array_unique(array, (long) Sorting.SORT_STRING); }

    public static PhpArray array_unique(Object array, Object flags) {
        PhpArray a = arr(array, "array_unique", 1, "array");
        int f = (int) Args.toInt(flags, "array_unique", 2, "flags");
        PhpArray out = new PhpArray();
        if (f == Sorting.SORT_STRING) {
            Set<String> seen = new HashSet<>();
            for (int p = a.firstPos(); p >= 0; p = a.nextPos(p)) {
                Object v = a.valueAt(p);
                if (seen.add(Convert.toStr(v))) out.put(a.keyAt(p), v);
            }
            return out;
        }
        List<Object> kept = new ArrayList<>();
        outer:
        for (int p = a.firstPos(); p >= 0; p = a.nextPos(p)) {
            Object v = a.valueAt(p);
            for (Object k : kept) if (Sorting.compareByFlags(k, v, f) == 0) continue outer;
            kept.add(v);
            out.put(a.keyAt(p), v);
        }
        return out;
    }

    public static PhpArray array_count_values(Object array) {
        PhpArray a = arr(array, "array_count_values", 1, "array");
        PhpArray out = new PhpArray();
        for (int p = a.firstPos(); p >= 0; p = a.nextPos(p)) {
            Object v = a.valueAt(p);
            if (v instanceof Long || Values.isString(v)) {
                Object k = v instanceof Long ? v : Convert.toStr(v);
                Object c = out.lookup(k);
                out.put(k, c == Values.UNDEF ? 1L : (Long) c + 1);
            } else Fmt.warning("array_count_values(): Can only count string and integer values, entry skipped");
        }
        return out;
    }

    public static PhpArray array_column(Object array, Object column_key) { return array_column(array, column_key, null); }

    public static PhpArray array_column(Object array, Object column_key, Object index_key) {
        PhpArray a = arr(array, "array_column", 1, "array");
        PhpArray out = new PhpArray();
        boolean idx = !Strings.isNull(index_key);
        for (int p = a.firstPos(); p >= 0; p = a.nextPos(p)) {
            Object value = a.valueAt(p);
            if (value instanceof phpgoc.runtime.PhpObject o) {
                // objects: their public properties
                Object v = column_key == null ? o : columnOf(o, column_key);
                if (v == Values.UNDEF) continue;
                Object k = idx ? columnOf(o, index_key) : Values.UNDEF;
                if (k != Values.UNDEF && (k instanceof Long || Values.isString(k))) out.put(keyOf(k), v);
                else out.append(v);
                continue;
            }
            if (!(value instanceof PhpArray row)) continue;
            Object v;
            if (column_key == null) v = row.copy();
            else {
                v = row.lookup(column_key);
                if (v == Values.UNDEF) continue;
            }
            Object k = idx ? row.lookup(index_key) : Values.UNDEF;
            if (k != Values.UNDEF && (k instanceof Long || Values.isString(k))) out.put(keyOf(k), v);
            else out.append(v);
        }
        return out;
    }

    /** array_column's read of a public property of {@code o}; UNDEF when it has none set. */
    private static Object columnOf(phpgoc.runtime.PhpObject o, Object key) {
        Object v = phpgoc.runtime.ObjectOps.getPropQuiet(o, phpgoc.runtime.Context.current(), Convert.toStr(key), null);
        return v == null ? Values.UNDEF : Values.copyOnAssign(v);
    }

    public static PhpArray array_chunk(Object array, Object length) { return array_chunk(array, length, false); }

    public static PhpArray array_chunk(Object array, Object length, Object preserve_keys) {
        PhpArray a = arr(array, "array_chunk", 1, "array");
        long size = Args.toInt(length, "array_chunk", 2, "length");
        boolean keep = Args.toBool(preserve_keys, "array_chunk", 3, "preserve_keys");
        if (size < 1) throw new PhpError("ValueError", "array_chunk(): Argument #2 ($length) must be greater than 0");
        PhpArray out = new PhpArray();
        PhpArray chunk = null;
        for (int p = a.firstPos(); p >= 0; p = a.nextPos(p)) {
            if (chunk == null) chunk = new PhpArray();
            if (keep) chunk.put(a.keyAt(p), a.valueAt(p));
            else chunk.append(a.valueAt(p));
            if (chunk.size() >= size) {
                out.append(chunk);
                chunk = null;
            }
        }
        if (chunk != null) out.append(chunk);
        return out;
    }
}
