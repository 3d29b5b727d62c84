package phpgoc.runtime.ext.core;

/**
 * The cycle collector's functions. phpgoc has no reference counts, so there are no "possible
 * roots" to collect: objects in cycles are destroyed at the end of the script (docs/objects.md,
 * "Destructors: where phpgoc differs"), and gc_collect_cycles() finds nothing.
 */
public final class Gc {
    private Gc() {}

    public static long gc_collect_cycles() { return 0; }

    public static boolean gc_enabled() { return true; }

    public static void gc_enable() { }

    public static void gc_disable() { }

    public static long gc_mem_caches() { return 0; }

    /** php 8.2's four counters: nothing ever runs or is collected; the threshold is php's default. */
    public static phpgoc.runtime.PhpArray gc_status() {
        phpgoc.runtime.PhpArray a = new phpgoc.runtime.PhpArray();
        a.putStr("runs", 0L);
        a.putStr("collected", 0L);
        a.putStr("threshold", 10001L);
        a.putStr("roots", 0L);
        return a;
    }
}
