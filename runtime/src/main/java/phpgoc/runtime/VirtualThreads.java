package phpgoc.runtime;

/** Helpers for the virtual threads of go routines and Fibers. */
public final class VirtualThreads {
    private VirtualThreads() {}

    private static volatile boolean endWarmed;

    /**
     * Runs one virtual thread to its end, once per JVM, before a burst of them starts. The JIT
     * compiles the JDK's {@code VirtualThread.run} while the first of them run, and when none has
     * ended yet the classes its end path uses are not loaded (JDK 25: {@code VirtualThreadEndEvent}):
     * the compiled code gets an uncommon trap there, and every thread parked in that code (a million
     * sleeping routines, a hundred thousand suspended Fibers) deoptimizes as it ends, several
     * microseconds each (-Xlog:deoptimization: VirtualThread.run ... unloaded reinterpret). With JFR
     * on the class is loaded already, which made such runs twice as fast as plain ones.
     */
    public static void warmThreadEnd() {
        if (endWarmed) return;
        try {
            Thread.ofVirtual().start(() -> {}).join();
            endWarmed = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
