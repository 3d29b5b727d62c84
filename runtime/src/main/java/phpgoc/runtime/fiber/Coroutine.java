package phpgoc.runtime.fiber;

import java.util.concurrent.Semaphore;
import java.util.function.Function;

/**
 * A body of code that runs on its own JDK virtual thread and hands control back and forth with
 * whoever resumes it, so that only one of the two runs at a time: {@link #resume} starts or
 * continues the body and blocks until it calls {@link #suspend} or ends; {@link #suspend} (on the
 * body's thread) hands a value back and blocks until the next resume. Control moves through two
 * semaphores (their release/acquire order every write of one side before the other side's next
 * read), never by busy-waiting or {@code synchronized}, so a parked side costs no carrier thread.
 * The PHP {@code Fiber} is built on this, and so will be the {@code go()} scheduler.
 *
 * <p>Not thread-safe in the general sense: one thread at a time drives a coroutine (the one that
 * runs, or the one the running body hands control back to).
 */
public final class Coroutine {
    /** Where a coroutine is in its life. */
    public enum State { NEW, RUNNING, SUSPENDED, DONE }

    private final Function<Object, Object> body;
    private final String name;
    /** Released to let the body run; released back to let the resumer run. */
    private final Semaphore toBody = new Semaphore(0), toResumer = new Semaphore(0);
    private volatile State state = State.NEW;
    private Thread thread, resumer;
    /** What the resumer passes in (a value, or a throwable the suspend point throws). */
    private Object in;
    private Throwable inThrow;
    /** What the body hands back: a suspended value, its result, or what it threw. */
    private Object out;
    private Throwable outThrow;

    /** {@code body} gets the first resume's value and returns the coroutine's result. */
    public Coroutine(String name, Function<Object, Object> body) {
        this.name = name;
        this.body = body;
    }

    public State state() { return state; }

    /** The thread that resumed the body and now waits for it (null when none waits). */
    public Thread resumer() { return resumer; }

    /** The body's thread (null before the first resume). */
    public Thread thread() { return thread; }

    /**
     * Runs the body until it suspends (returns the value it passed to {@link #suspend}) or ends
     * (returns its result; what it threw is rethrown here). {@code value} is the first call's
     * argument to the body, later the value {@link #suspend} returns.
     */
    public Object resume(Object value) {
        return transfer(value, null);
    }

    /** As {@link #resume}, but the pending {@link #suspend} throws {@code t} instead of returning. */
    public Object resumeThrowing(Throwable t) {
        if (state == State.NEW) throw new IllegalStateException("coroutine not started");
        return transfer(null, t);
    }

    private Object transfer(Object value, Throwable t) {
        State s = state;
        if (s != State.NEW && s != State.SUSPENDED) throw new IllegalStateException("coroutine " + s);
        in = value;
        inThrow = t;
        resumer = Thread.currentThread();
        state = State.RUNNING;
        if (s == State.NEW) {
            thread = Thread.ofVirtual().name(name).unstarted(this::main);
            thread.start();
        } else {
            toBody.release();
        }
        toResumer.acquireUninterruptibly();
        resumer = null;
        Throwable thrown = outThrow;
        Object result = out;
        out = null;
        outThrow = null;
        if (thrown != null) sneakyThrow(thrown);
        return result;
    }

    /**
     * Called by the body's own thread: hands {@code value} to the waiting resumer and blocks until
     * resumed again; returns the value given to that {@link #resume} (or throws what was given to
     * {@link #resumeThrowing}).
     */
    public Object suspend(Object value) {
        if (Thread.currentThread() != thread || state != State.RUNNING) {
            throw new IllegalStateException("suspend outside of the coroutine's own thread");
        }
        out = value;
        state = State.SUSPENDED;
        toResumer.release();
        toBody.acquireUninterruptibly();
        Throwable t = inThrow;
        Object v = in;
        in = null;
        inThrow = null;
        if (t != null) sneakyThrow(t);
        return v;
    }

    /**
     * Ends a suspended coroutine without letting its body continue normally: its pending
     * {@link #suspend} throws {@link Killed}, an {@code Error} that code meant to run on the body's
     * thread does not catch, so only Java {@code finally} blocks run; returns when its thread ended.
     */
    public void kill() {
        if (state != State.SUSPENDED) return;
        try {
            resumeThrowing(new Killed());
        } catch (Killed expected) {
            // the body ended
        }
    }

    /** What a killed coroutine's suspend point throws. */
    public static final class Killed extends Error {
        Killed() { super("coroutine killed", null, false, false); }
    }

    private void main() {
        Object first = in;
        in = null;
        try {
            out = body.apply(first);
        } catch (Throwable t) {
            outThrow = t;
        } finally {
            state = State.DONE;
            toResumer.release();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> void sneakyThrow(Throwable t) throws T {
        throw (T) t;
    }
}
