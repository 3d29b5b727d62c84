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
}
