package phpgoc.runtime;

import static phpgoc.runtime.ArrayStorage.*;

import java.util.Arrays;

/**
 * PHP's ordered hash map. Packed mode for lists (keys 0..n-1 in order: values only), hash mode
 * otherwise. Keys are Long or String (already normalised by callers of the raw methods, normalised
 * by {@link Convert#toKey} in the Object-keyed ones). Values may be {@link Ref}s; reads deref them.
 * {@link #copy()} is O(1): handles share storage until one of them writes.
 * Iteration is by position: {@code for (int p = a.firstPos(); p >= 0; p = a.nextPos(p))}.
 *
 * <p>Layout: slots {@code 0..used-1} hold the elements in insertion order; a deleted slot holds
 * the tombstone {@code ArrayStorage.TOMB}. Packed mode: slot i has key i (holes are tombstones). Hash mode: parallel
 * {@code ikeys}/{@code skeys} (a null {@code skeys[i]} means an int key), buckets chained through
 * {@code next}; tombstones are unlinked from their chain. Positions are slot indices: they stay valid
 * across writes until a grow compacts tombstones away (only when the slots are full).
 *
 * <p>Int lists: a packed array whose elements are all ints, with no holes and no references, keeps
 * them unboxed in {@code ints} ({@code vals} is then unused), so building, summing and sorting a list
 * of ints allocates no boxes. An array starts as an int list when its first element (appended to an
 * empty packed array) is an int; it becomes a plain packed array for good on the first write that
 * does not fit (a non-int value, a reference, a hole, a string key).
 */
public final class PhpArray {
    /** This handle's storage ({@link ArrayStorage}: the slots and the slot-level operations). */
    private ArrayStorage st;

    public PhpArray() { st = new ArrayStorage(0); }
    public PhpArray(int capacity) { st = new ArrayStorage(Math.max(0, capacity)); }
    private PhpArray(ArrayStorage st) { this.st = st; }

    /**
     * The value of the literal {@code []}: php's shared empty array, whose next free index is 0, so
     * {@code $a = []; $a[-5] = 1; $a[] = 2;} appends at key 0. Arrays php creates fresh (a literal
     * with elements, {@code $undef[-5] = 1}, library results) start with no next index, so the first
     * negative key -5 makes the next one -4.
     */
    public static PhpArray empty() {
        PhpArray a = new PhpArray();
        a.st.nextFree = 0;
        return a;
    }

    /** A packed list of the given values. */
    public static PhpArray of(Object... values) {
        PhpArray a = new PhpArray(values.length);
        System.arraycopy(values, 0, a.st.vals, 0, values.length);
        a.st.used = a.st.count = values.length;
        if (values.length > 0) a.st.nextFree = values.length;
        return a;
    }

    public int size() { return st.count; }

    /** An O(1) copy-on-write copy (with the same internal pointer, as php's array copy). */
    public PhpArray copy() {
        st.shares++;
        PhpArray c = new PhpArray(st);
        c.pointer = pointer;
        return c;
    }

    // ---------------------------------------------------------------- internal pointer

    /**
     * The internal pointer of current()/next()/reset()/end() (php's nInternalPointer): a slot
     * position; the element there, or the next live one after it, is current. Belongs to the handle.
     */
    private int pointer;

    /** The position of the current element, or -1 past the end. */
    public int pointerPos() {
        int p = pointer;
        if (p < 0 || p >= st.used) return -1;
        return validPos(p) ? p : nextPos(p);
    }

    /** Moves the pointer to {@code pos}; -1 puts it past the end, where an element appended later becomes current (as php). */
    public void pointerTo(int pos) { pointer = pos < 0 ? st.used : pos; }

    /** Back to the first element (reset(), and array_pop/array_shift/array_unshift as php). */
    public void pointerReset() { pointer = 0; }


    /**
     * Drops this handle: it gives back its share of the storage, so the other handles can write
     * without copying. Only for a handle the runtime made and never uses again (a foreach copy).
     */
    public void release() {
        ArrayStorage s = st;
        if (s.shares > 0) s.shares--;
        st = new ArrayStorage(0);
    }

    /** The storage for writing: separated from the other handles if shared. */
    private ArrayStorage w() {
        ArrayStorage s = st;
        if (s.shares > 0) {
            s.shares--;
            s = st = s.duplicate();
        }
        return s;
    }

    // ---------------------------------------------------------------- lookups

    /** The value at key (deref'd), or {@link Values#UNDEF} if missing. Key normalised. */
    public Object lookup(Object key) {
        if (key instanceof Long l) return lookup(l.longValue());
        Object k = Convert.toKey(key);
        return k instanceof Long l ? lookup(l.longValue()) : lookupStr((String) k);
    }

    public Object lookup(long key) {
        ArrayStorage s = st;
        Object v;
        if (s.buckets == null) {
            if (key < 0 || key >= s.used) return Values.UNDEF;
            if (s.ints != NO_INTS) return Long.valueOf(s.ints[(int) key]);
            v = s.vals[(int) key];
            if (v == TOMB) return Values.UNDEF;
        } else {
            int i = findInt(s, key);
            if (i < 0) return Values.UNDEF;
            v = s.vals[i];
        }
        return v instanceof Ref r ? r.get() : v;
    }

    /** Lookup with an already normalised string key (one that is not a canonical integer). */
    public Object lookupStr(String key) {
        ArrayStorage s = st;
        if (s.buckets == null) return Values.UNDEF;
        int i = findStr(s, key);
        if (i < 0) return Values.UNDEF;
        Object v = s.vals[i];
        return v instanceof Ref r ? r.get() : v;
    }

    public boolean containsKey(Object key) { return find(st, Convert.toKey(key)) >= 0; }

    /** The raw element (a Ref if the element is a reference) or UNDEF; key already normalised. */
    public Object rawAt(Object normKey) {
        int i = find(st, normKey);
        return i < 0 ? Values.UNDEF : slot(st, i);
    }

    /** The raw element at a normalised key for writing into it: separates this handle first. UNDEF if missing. */
    Object rawForWrite(Object normKey) {
        ArrayStorage s = w();
        int i = find(s, normKey);
        return i < 0 ? Values.UNDEF : slot(s, i);
    }

    /** Separates this handle from the others sharing its storage (before handing out a nested handle). */
    void separate() { w(); }

    // ---------------------------------------------------------------- writes

    /** {@code a[key] = value} (normalised key); writes through a Ref element. */
    public void put(Object key, Object value) {
        if (key instanceof Long l) { put(l.longValue(), value); return; }
        Object k = Convert.toKey(key);
        if (k instanceof Long l) put(l.longValue(), value);
        else putStr((String) k, value);
    }

    public void put(long key, Object value) {
        ArrayStorage s = w();
        if (s.buckets == null) {
            if (s.ints != NO_INTS) {
                if (key >= 0 && key < s.used && value instanceof Long l) {
                    s.ints[(int) key] = l;
                    return;
                }
                if (key != s.used) toObjects(s);
            }
            if (key >= 0 && key < s.used) {
                if (s.vals[(int) key] != TOMB) {
                    store(s, (int) key, value);
                    return;
                }
            } else if (key == s.used) {
                appendPacked(s, value);
                if (key >= s.nextFree) s.nextFree = key + 1;
                return;
            }
            toHash(s);
        }
        int i = findInt(s, key);
        if (i >= 0) {
            store(s, i, value);
            return;
        }
        insertInt(s, key, value);
    }

    /** Put with an already normalised string key. */
    public void putStr(String key, Object value) {
        ArrayStorage s = w();
        if (s.buckets == null) toHash(s);
        int i = findStr(s, key);
        if (i >= 0) {
            store(s, i, value);
            return;
        }
        insertStr(s, key, value);
    }

    /** {@code a[key] = &ref}: the element becomes (or is replaced by) the given Ref. */
    public void putRef(Object key, Ref ref) {
        Object k = Convert.toKey(key);
        ArrayStorage s = w();
        toObjects(s);
        ref.binds++;
        int i = find(s, k);
        if (i >= 0) {
            if (s.vals[i] instanceof Ref old) old.binds--;
            s.vals[i] = ref;
            return;
        }
        if (k instanceof Long l) put(l.longValue(), ref); else putStr((String) k, ref);
    }

    /**
     * {@code a[] = value}. Throws php's Error "Cannot add element to the array as the next element
     * is already occupied" when the next index is unavailable (php 8 throws for {@code $a[] = v}).
     */
    public void append(Object value) {
        // The first append to an empty array and a full one take the same branches, so the code C2
        // compiles for a loop that fills an array does not trap when the loop runs again.
        ArrayStorage s = st;
        if (s.shares == 0 && s.nextFree == s.used) {
            if (s.used < s.ints.length) { // an int list with room (other storages have NO_INTS)
                if (value instanceof Long l) {
                    s.ints[s.used++] = l;
                    s.count++;
                    s.nextFree++;
                    return;
                }
            } else if (s.buckets == null && s.used < s.vals.length) { // packed with room (an int list's vals are EMPTY)
                s.vals[s.used++] = value;
                s.count++;
                s.nextFree++;
                return;
            }
        }
        if (!tryAppend(value)) {
            throw new PhpError("Error", "Cannot add element to the array as the next element is already occupied");
        }
    }

    /** {@code a[] = value}; false (and nothing changes) if the next index is already occupied. */
    public boolean tryAppend(Object value) {
        long k = nextIndex();
        ArrayStorage s = st;
        if (s.nextFree == Long.MAX_VALUE && find(s, k) >= 0) return false;
        s = w();
        if (s.buckets == null && k == s.used) {
            appendPacked(s, value);
            s.nextFree = k + 1;
            return true;
        }
        if (s.buckets == null) toHash(s);
        insertInt(s, k, value);
        return true;
    }

    public void remove(Object key) {
        Object k = Convert.toKey(key);
        if (find(st, k) < 0) return;
        ArrayStorage s = w();
        int i = find(s, k);
        if (s.ints != NO_INTS) {
            if (i == s.used - 1) {
                s.used--;
                s.count--;
                return;
            }
            toObjects(s);
        }
        if (s.vals[i] instanceof Ref r) r.binds--;
        if (s.buckets == null) {
            s.vals[i] = TOMB;
            s.count--;
            if (i == s.head) advanceHead(s);
            if (i == s.used - 1) {
                do { s.used--; } while (s.used > 0 && s.vals[s.used - 1] == TOMB);
                Arrays.fill(s.vals, s.used, i + 1, null);
                if (s.head > s.used) s.head = s.used;
            }
            return;
        }
        int b = (s.skeys[i] != null ? hashStr(s.skeys[i]) : hashLong(s.ikeys[i])) & (s.buckets.length - 1);
        if (s.buckets[b] == i) {
            s.buckets[b] = s.next[i];
        } else {
            int p = s.buckets[b];
            while (s.next[p] != i) p = s.next[p];
            s.next[p] = s.next[i];
        }
        s.vals[i] = TOMB;
        s.skeys[i] = null;
        s.count--;
        if (i == s.head) advanceHead(s);
    }

    /** The next integer key {@code []} would use. */
    public long nextIndex() { return st.nextFree == Long.MIN_VALUE ? 0 : st.nextFree; }

    /** The element at key as a Ref (made one if it was a plain value; created as null if missing). */
    public Ref refAt(Object key) {
        Object k = Convert.toKey(key);
        ArrayStorage s = w();
        toObjects(s);
        int i = find(s, k);
        if (i >= 0) {
            Object v = s.vals[i];
            if (v instanceof Ref r) return r;
            Ref r = new Ref(v);
            s.vals[i] = r;
            return r;
        }
        Ref r = new Ref(null);
        if (k instanceof Long l) put(l.longValue(), r); else putStr((String) k, r);
        return r;
    }

    /** Appends a new null element and returns it as a Ref ({@code $r = &$a[]}). */
    public Ref appendRef() {
        Ref r = new Ref(null);
        append(r);
        return r;
    }

    // ---------------------------------------------------------------- iteration

    public int firstPos() { return nextPos(st.head - 1); }

    /** The next occupied position after pos, or -1. */
    public int nextPos(int pos) {
        ArrayStorage s = st;
        if (s.ints != NO_INTS) return pos + 1 < s.used ? pos + 1 : -1;
        Object[] v = s.vals;
        for (int i = pos + 1, n = s.used; i < n; i++) {
            if (v[i] != TOMB) return i;
        }
        return -1;
    }

    /** The last occupied position, or -1. */
    public int lastPos() { return prevPos(st.used); }

    /** The occupied position before pos, or -1. */
    public int prevPos(int pos) {
        if (st.ints != NO_INTS) return Math.max(Math.min(pos, st.used) - 1, -1);
        Object[] v = st.vals;
        for (int i = Math.min(pos, st.used) - 1; i >= 0; i--) {
            if (v[i] != TOMB) return i;
        }
        return -1;
    }

    /** Whether pos is an occupied position (it may have been deleted since it was obtained). */
    public boolean validPos(int pos) { return pos >= 0 && pos < st.used && (st.ints != NO_INTS || st.vals[pos] != TOMB); }

    public Object keyAt(int pos) {
        ArrayStorage s = st;
        if (s.buckets == null) return (long) pos;
        String k = s.skeys[pos];
        return k != null ? k : (Object) s.ikeys[pos];
    }

    /** Deref'd value at pos. */
    public Object valueAt(int pos) {
        ArrayStorage s = st;
        if (s.ints != NO_INTS) return Long.valueOf(s.ints[pos]);
        Object v = s.vals[pos];
        return v instanceof Ref r ? r.get() : v;
    }

    /** The raw element at pos: a Ref if the element is a reference. */
    public Object rawValueAt(int pos) { return slot(st, pos); }

    /** The element at pos as a Ref (made one if needed), for foreach by reference. */
    public Ref refAtPos(int pos) {
        ArrayStorage s = w();
        toObjects(s);
        Object v = s.vals[pos];
        if (v instanceof Ref r) return r;
        Ref r = new Ref(v);
        s.vals[pos] = r;
        return r;
    }

    /** A copy of the values of an int list (see the class comment), or null if this array is not one. */
    public long[] intValues() {
        ArrayStorage s = st;
        return s.ints == NO_INTS ? null : Arrays.copyOf(s.ints, s.used);
    }

    /** A new int list of the given values (the array is taken over, not copied). */
    public static PhpArray ofInts(long[] values) {
        PhpArray a = new PhpArray();
        ArrayStorage s = a.st;
        if (values.length == 0) return a;
        s.ints = values;
        s.used = s.count = values.length;
        s.nextFree = values.length;
        return a;
    }

    /** Whether this array is currently an int list (for tests). */
    boolean isIntList() { return st.ints != NO_INTS; }

    /** Whether the keys are exactly 0..size-1 in order ({@code array_is_list}). */
    public boolean isList() {
        ArrayStorage s = st;
        if (s.buckets == null) return s.count == s.used;
        long expect = 0;
        for (int p = firstPos(); p >= 0; p = nextPos(p)) {
            if (s.skeys[p] != null || s.ikeys[p] != expect++) return false;
        }
        return true;
    }

    @Override public String toString() {
        StringBuilder sb = new StringBuilder("[");
        for (int p = firstPos(); p >= 0; p = nextPos(p)) {
            if (sb.length() > 1) sb.append(", ");
            sb.append(keyAt(p)).append("=>").append(valueAt(p));
        }
        return sb.append(']').toString();
    }
}
