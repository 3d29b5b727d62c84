package phpgoc.runtime;

/**
 * PHP's ordered hash map. Packed mode for lists (keys 0..n-1 in order: values only), hash mode
 * otherwise. Keys are Long or String (already normalised by callers of the raw methods, normalised
 * by {@link Convert#toKey} in the Object-keyed ones). Values may be {@link Ref}s; reads deref them.
 * {@link #copy()} is O(1): handles share storage until one of them writes.
 * Iteration is by position: {@code for (int p = a.firstPos(); p >= 0; p = a.nextPos(p))}.
 */
public final class PhpArray {
    public PhpArray() { }
    public PhpArray(int capacity) { }
    /** A packed list of the given values. */
    public static PhpArray of(Object... values) { throw Convert.todo(); }

    public int size() { throw Convert.todo(); }
    /** The value at key (deref'd), or {@link Values#UNDEF} if missing. Key normalised. */
    public Object lookup(Object key) { throw Convert.todo(); }
    public Object lookup(long key) { throw Convert.todo(); }
    public boolean containsKey(Object key) { throw Convert.todo(); }
    /** {@code a[key] = value} (normalised key); writes through a Ref element. */
    public void put(Object key, Object value) { throw Convert.todo(); }
    public void put(long key, Object value) { throw Convert.todo(); }
    /** {@code a[] = value}; warns and does nothing if the next index is unavailable. */
    public void append(Object value) { throw Convert.todo(); }
    public void remove(Object key) { throw Convert.todo(); }
    /** The next integer key {@code []} would use. */
    public long nextIndex() { throw Convert.todo(); }
    /** The element at key as a Ref (made one if it was a plain value; created as null if missing). */
    public Ref refAt(Object key) { throw Convert.todo(); }
    /** Appends a new null element and returns it as a Ref ({@code $r = &$a[]}). */
    public Ref appendRef() { throw Convert.todo(); }

    public int firstPos() { throw Convert.todo(); }
    /** The next occupied position after pos, or -1. */
    public int nextPos(int pos) { throw Convert.todo(); }
    public Object keyAt(int pos) { throw Convert.todo(); }
    /** Deref'd value at pos. */
    public Object valueAt(int pos) { throw Convert.todo(); }
    /** The element at pos as a Ref (made one if needed), for foreach by reference. */
    public Ref refAtPos(int pos) { throw Convert.todo(); }

    /** An O(1) copy-on-write copy. */
    public PhpArray copy() { throw Convert.todo(); }
}
