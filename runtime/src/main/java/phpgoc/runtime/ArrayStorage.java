package phpgoc.runtime;

import java.util.Arrays;

/**
 * The storage of a {@link PhpArray}, which one or more handles share ({@code shares} counts the
 * extra handles), and the slot-level operations on it: lookups, hash buckets, growth, and the
 * switches between int-list, packed and hash mode. The layout is described on {@link PhpArray};
 * only PhpArray uses this class.
 */
final class ArrayStorage implements Cloneable {
    static final Object TOMB = new Object() {
        @Override public String toString() { return "TOMB"; }
    };
    static final Object[] EMPTY = {};
    static final long[] NO_INTS = {};

    int shares;
    Object[] vals;
    int used;
    int count;
    /** No live slot is below this one (so firstPos skips leading tombstones, as array_shift loops need). */
    int head;
    /** The next free integer key, Long.MIN_VALUE while no integer key was ever inserted. */
    long nextFree = Long.MIN_VALUE;
    // hash mode only (buckets == null means packed)
    long[] ikeys;
    String[] skeys;
    int[] next;
    int[] buckets;
    /**
     * Int-list mode (see {@link PhpArray}'s class comment): the elements 0..used-1; {@link #NO_INTS} otherwise
     * (never null, so the append fast path tests only {@code used < ints.length}).
     */
    long[] ints = NO_INTS;

    ArrayStorage(int cap) { vals = cap == 0 ? EMPTY : new Object[cap]; }

    /** A separate copy for a handle that writes: nested arrays get their own handles. */
    ArrayStorage duplicate() {
        try {
            ArrayStorage s = (ArrayStorage) super.clone();
            s.shares = 0;
            if (ints != NO_INTS) {
                s.ints = ints.clone();
                return s;
            }
            s.vals = vals.clone();
            // nested arrays: each storage gets its own handle (sharing the child's storage)
            Object[] v = s.vals;
            for (int i = 0, n = used; i < n; i++) {
                if (v[i] instanceof PhpArray a) v[i] = a.copy();
                // Ref elements are shared but not counted again (Ref#binds): the copy that
                // separates is most often a temporary (a by-value argument, a foreach copy)
            }
            if (buckets != null) {
                s.ikeys = ikeys.clone();
                s.skeys = skeys.clone();
                s.next = next.clone();
                s.buckets = buckets.clone();
            }
            return s;
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }

    /** The raw element in slot i (boxed in int-list mode). */
    static Object slot(ArrayStorage s, int i) {
        return s.ints != NO_INTS ? Long.valueOf(s.ints[i]) : s.vals[i];
    }

    static int find(ArrayStorage s, Object k) {
        if (k instanceof Long l) {
            long key = l;
            if (s.buckets == null) {
                return key >= 0 && key < s.used && (s.ints != NO_INTS || s.vals[(int) key] != TOMB) ? (int) key : -1;
            }
            return findInt(s, key);
        }
        return s.buckets == null ? -1 : findStr(s, (String) k);
    }

    static int hashLong(long k) {
        int h = (int) (k ^ (k >>> 32));
        return h ^ (h >>> 16);
    }

    static int hashStr(String k) {
        int h = k.hashCode();
        return h ^ (h >>> 16);
    }

    static int findInt(ArrayStorage s, long key) {
        int[] nx = s.next;
        long[] ik = s.ikeys;
        String[] sk = s.skeys;
        for (int i = s.buckets[hashLong(key) & (s.buckets.length - 1)]; i >= 0; i = nx[i]) {
            if (ik[i] == key && sk[i] == null) return i;
        }
        return -1;
    }

    static int findStr(ArrayStorage s, String key) {
        int[] nx = s.next;
        String[] sk = s.skeys;
        for (int i = s.buckets[hashStr(key) & (s.buckets.length - 1)]; i >= 0; i = nx[i]) {
            String k = sk[i];
            if (k != null && (k == key || k.equals(key))) return i;
        }
        return -1;
    }

    /** Writes value into the existing (object-mode) slot i, through the element's Ref if it is one. */
    static void store(ArrayStorage s, int i, Object value) {
        if (s.vals[i] instanceof Ref r) r.value = value; else s.vals[i] = value;
    }

    static void advanceHead(ArrayStorage s) {
        int h = s.head;
        while (h < s.used && s.vals[h] == TOMB) h++;
        s.head = h;
    }

    /** Appends value at slot {@code used} of a packed storage; an empty one becomes an int list for an int. */
    static void appendPacked(ArrayStorage s, Object value) {
        long[] ints = s.ints;
        if (ints == NO_INTS && s.used == 0 && value instanceof Long) {
            s.ints = ints = new long[Math.max(8, s.vals.length)];
            s.vals = EMPTY;
            s.head = 0;
        }
        if (ints != NO_INTS) {
            if (value instanceof Long l) {
                if (s.used == ints.length) s.ints = ints = Arrays.copyOf(ints, ints.length * 2);
                ints[s.used++] = l;
                s.count++;
                return;
            }
            toObjects(s);
        }
        if (s.used == s.vals.length) s.vals = Arrays.copyOf(s.vals, Math.max(8, s.vals.length * 2));
        s.vals[s.used++] = value;
        s.count++;
    }

    /** Leaves int-list mode: the ints become boxed elements of {@code vals}. */
    static void toObjects(ArrayStorage s) {
        long[] ints = s.ints;
        if (ints == NO_INTS) return;
        Object[] v = new Object[Math.max(8, ints.length)];
        for (int i = 0, n = s.used; i < n; i++) v[i] = ints[i];
        s.vals = v;
        s.ints = NO_INTS;
    }

    static void toHash(ArrayStorage s) {
        toObjects(s);
        int cap = Math.max(8, s.vals.length);
        if (Integer.bitCount(cap) != 1) cap = Integer.highestOneBit(cap) << 1;
        s.vals = Arrays.copyOf(s.vals, cap);
        s.ikeys = new long[cap];
        s.skeys = new String[cap];
        s.next = new int[cap];
        s.buckets = new int[cap];
        Arrays.fill(s.buckets, -1);
        for (int i = 0; i < s.used; i++) {
            s.ikeys[i] = i;
            if (s.vals[i] != TOMB) link(s, i, hashLong(i));
        }
    }

    static void link(ArrayStorage s, int i, int h) {
        int b = h & (s.buckets.length - 1);
        s.next[i] = s.buckets[b];
        s.buckets[b] = i;
    }

    /** Makes room for one more slot in hash mode: compacts tombstones or doubles. */
    static void ensureSlot(ArrayStorage s) {
        if (s.used < s.vals.length) return;
        int cap = s.vals.length;
        if (s.count > cap / 2) cap *= 2;
        Object[] vals = new Object[cap];
        long[] ik = new long[cap];
        String[] sk = new String[cap];
        int j = 0;
        for (int i = 0; i < s.used; i++) {
            if (s.vals[i] == TOMB) continue;
            vals[j] = s.vals[i];
            ik[j] = s.ikeys[i];
            sk[j] = s.skeys[i];
            j++;
        }
        s.vals = vals;
        s.ikeys = ik;
        s.skeys = sk;
        s.used = j;
        s.head = 0;
        s.next = new int[cap];
        s.buckets = new int[cap];
        Arrays.fill(s.buckets, -1);
        for (int i = 0; i < j; i++) link(s, i, sk[i] != null ? hashStr(sk[i]) : hashLong(ik[i]));
    }

    static void insertInt(ArrayStorage s, long key, Object value) {
        ensureSlot(s);
        int i = s.used++;
        s.vals[i] = value;
        s.ikeys[i] = key;
        s.skeys[i] = null;
        link(s, i, hashLong(key));
        s.count++;
        if (key >= s.nextFree || s.nextFree == Long.MIN_VALUE) {
            s.nextFree = key == Long.MAX_VALUE ? Long.MAX_VALUE : key + 1;
        }
    }

    static void insertStr(ArrayStorage s, String key, Object value) {
        ensureSlot(s);
        int i = s.used++;
        s.vals[i] = value;
        s.skeys[i] = key;
        link(s, i, hashStr(key));
        s.count++;
    }
}
