package phpgoc.runtime.ext.standard;

import phpgoc.runtime.PhpArray;
import phpgoc.runtime.Ref;

/** Array operations the core PhpArray does not offer yet, written against its public API. */
final class ArrayOps {
    private ArrayOps() {}

    /**
     * After array_pop removed {@code key}: php lowers the next free index when the popped key was
     * the last one handed out ({@code $a=[1,2,3]; array_pop($a); $a[]=9;} gives key 2). PhpArray
     * cannot lower its next index, so in that case the array is rebuilt (O(n), only when needed).
     */
    static void afterPop(Ref ref, PhpArray a, Object key) {
        if (!(key instanceof Long k) || a.nextIndex() != k + 1) return;
        PhpArray out = new PhpArray(a.size());
        for (int p = a.firstPos(); p >= 0; p = a.nextPos(p)) out.put(a.keyAt(p), a.valueAt(p));
        ref.set(out);
    }
}
