package phpgoc.runtime;

import java.util.List;

/**
 * A {@code Generator} object: the suspended state of a generator function's body. The body is a
 * JVM method compiled as a resumable state machine (compiler's {@code emit.Resumable}): on
 * {@code yield} it stores its live locals and operand stack in {@link #frame}, sets
 * {@link #resumePoint} and returns; {@link #resume} calls it again through its unit
 * ({@link CompiledUnit#resumeGenerator}) with {@link Context#resumingGenerator} set, and its entry
 * restores the frame and jumps back after that yield. A step costs one call, no thread.
 * The PHP-visible methods and their errors follow php 8.2's zend_generators.c.
 */
public final class Generator extends PhpObject {
    private static final byte NEW = 0, SUSPENDED = 1, RUNNING = 2, DONE = 3;

    final Context ctx;
    private final CompiledUnit unit;
    private final int index;
    /** Where the body continues (read by its entry); its saved locals and stack. */
    public int resumePoint;
    public Object[] frame;
    private byte status = NEW;
    private boolean atFirstYield;
    /** A by-reference generator ({@code function &gen()}): yielded values are Refs. */
    final boolean byRef;
    /**
     * Destroying it while suspended runs code of the body: its {@code finally} blocks, the release
     * of the variables that hold the only reference to their object.
     */
    private final boolean hasFinally;
    private Object value, key;
    private long largestIntKey = -1;
    private Object sent;
    private PhpError pending;
    private Object retval = Values.UNDEF;
    /** {@code yield from}: the Generator, Iterator or array being delegated to (null otherwise). */
    private Object delegate;
    private int delegatePos;
    private boolean destroying;
    /**
     * For ReflectionGenerator: the line it reports while suspended (the compiler's
     * {@code YieldLines}); the body it runs: a function's name, a method's class template (with
     * {@code $this} or the class) and name, or the Closure.
     */
    public int line;
    private Object owner, thisOrClass;
    private String fnName;

    private Generator(Context ctx, CompiledUnit unit, int index, boolean byRef, boolean hasFinally) {
        super(ctx.generatorClass());
        this.id = ctx.nextObjectId();
        this.ctx = ctx;
        this.unit = unit;
        this.index = index;
        this.byRef = byRef;
        this.hasFinally = hasFinally;
        status = RUNNING;
        if (hasFinally) Destructors.track(ctx, this);
    }

    // ---- called by generated code

    /** Made by the body after its parameters were received; the body then suspends at its start. */
    public static Generator create(Context ctx, CompiledUnit unit, int index, boolean byRef, boolean hasFinally) {
        return new Generator(ctx, unit, index, byRef, hasFinally);
    }

    /**
     * The generator function's method, parameters and their values as its prologue left them, for
     * the traces taken while its body runs ({@link ArgStack.Cursor}: a generator's body is resumed
     * past the entry code where other functions enter their ArgStack entry).
     */
    public void traceArgs(ArgStack.Frame frame, Object[] values, int defaulted) {
        traceFrame = frame;
        traceValues = values;
        traceDefaulted = defaulted;
        traceExtra = ArgStack.pendingExtra(ctx, frame.method());
    }

    private ArgStack.Frame traceFrame;
    private Object[] traceValues;
    private int traceDefaulted;
    /** The extra arguments it was called with (beyond its parameters), or null. */
    private Object[] traceExtra;
    /** While the body runs: the generator running when it was resumed (see {@link Context#runningGenerator}). */
    Generator outerRunning;

    /** Its arguments as a trace lists them, or null when its function has no parameters. */
    ArgStack.Entry traceEntry() {
        if (traceFrame == null) return null;
        List<Object> args = Traces.stackArgs(traceFrame.params(), traceValues, traceDefaulted);
        return new ArgStack.Entry(traceFrame.method(), traceExtra == null ? args : ArgStack.extraArgs(traceExtra, args),
                ArgStack.self(thisOrClass instanceof PhpObject o ? o : owner), null);
    }

    /** The body of this generator (see {@link #line}); set by the body right after {@link #create}. */
    public void origin(Object owner, Object thisOrClass, String name) {
        this.owner = owner;
        this.thisOrClass = thisOrClass;
        this.fnName = name;
    }

    /** Its "args" as a trace lists them: the parameters' current values of the passed arguments. */
    public PhpArray traceArgsArray() {
        ArgStack.Entry e = traceEntry();
        return e == null ? new PhpArray() : Traces.argsArray(e.args());
    }

    /** The line the body reports while suspended at its next suspension point. */
    public void at(int line) { this.line = line; }

    public Object owner() { return owner; }
    public Object thisOrClass() { return thisOrClass; }
    public String functionName() { return fnName; }
    public CompiledUnit unit() { return unit; }
    public int index() { return index; }
    public boolean finished() { return status == DONE; }
    public boolean running() { return status == RUNNING; }

    /** The generator a {@code yield from} chain currently runs in (this one when it delegates to no generator). */
    public Generator leaf() {
        Generator g = this;
        while (g.delegate instanceof Generator inner && inner.status != DONE) g = inner;
        return g;
    }

    /** The generator delegating to this one with {@code yield from}, found from {@code root}; null at the root. */
    public Generator delegatorOf(Generator root) {
        for (Generator g = root; g != null && g != this; g = g.delegate instanceof Generator inner ? inner : null) {
            if (g.delegate == this) return g;
        }
        return null;
    }

    /** The body suspends at point {@code point}: the array (at least {@code size} long) to save its frame in. */
    public Object[] suspend(int point, int size) {
        resumePoint = point;
        status = point == 0 ? NEW : SUSPENDED;
        Object[] f = frame;
        if (f == null || f.length < size) frame = f = new Object[size];
        return f;
    }

    /** Placeholder the compiler replaces with the suspension code; never runs. */
    public static void suspendHere() { throw new IllegalStateException("generator suspension point not transformed"); }

    /** {@code yield value}. */
    public void yield1(Object v) {
        checkYield();
        value = v;
        key = ++largestIntKey;
    }

    /** {@code yield key => value}. */
    public void yield2(Object k, Object v) {
        checkYield();
        value = v;
        key = k;
        if (k instanceof Long l && l > largestIntKey) largestIntKey = l;
    }

    private void checkYield() {
        if (destroying) throw new PhpError("Error", "Cannot yield from finally in a force-closed generator");
    }

    /** {@code yield expr} in a by-reference generator where expr is no variable: php's notice, a temporary. */
    public static Ref valueRef(Object v) {
        Context.current().notice("Only variable references should be yielded by reference");
        Ref r = new Ref();
        r.value = Values.copyOnAssign(v);
        return r;
    }

    /** After a yield, as the body continues: the exception thrown in with {@code throw()}, else the value sent (null). */
    public Object resumed() {
        PhpError p = pending;
        if (p != null) {
            pending = null;
            throw p;
        }
        Object v = sent;
        sent = null;
        return v;
    }

    // ---- yield from

    /** {@code yield from source}: starts delegating; false when there is nothing to yield. */
    public boolean delegateStart(Object source) {
        source = Values.deref(source);
        if (source instanceof PhpArray a) {
            delegate = a;
            delegatePos = a.firstPos();
            return delegateCurrent();
        }
        if (source instanceof Generator inner) {
            if (inner.status == DONE) {
                throw new PhpError("Error", "Generator passed to yield from was aborted without proper return and is unable to continue");
            }
            if (inner == this || inner.status == RUNNING) {
                throw new PhpError("Error", "Impossible to yield from the Generator being currently run");
            }
            delegate = inner;
            inner.ensureInitialized();
            return delegateCurrent();
        }
        if (source instanceof PhpObject o && o.cls.isA("traversable")) {
            PhpObject it = Spl.iteratorOf(ctx, o);
            Spl.call(ctx, it, "rewind");
            delegate = it;
            return delegateCurrent();
        }
        throw new PhpError("Error", "Can use \"yield from\" only with arrays and Traversables");
    }

    /** Resumed at a {@code yield from}: passes what was sent or thrown on; false when the delegate is exhausted. */
    public boolean delegateNext() {
        PhpError p = pending;
        Object s = sent;
        pending = null;
        sent = null;
        if (delegate instanceof Generator inner) {
            if (p != null) inner.throwInto(p);
            else {
                inner.sent = s;
                inner.resume();
            }
            return delegateCurrent();
        }
        if (p != null) {
            delegate = null;
            throw p;
        }
        if (delegate instanceof PhpArray a) delegatePos = a.nextPos(delegatePos);
        else Spl.call(ctx, (PhpObject) delegate, "next");
        return delegateCurrent();
    }

    /** Copies the delegate's current key and value, or ends the delegation (false). */
    private boolean delegateCurrent() {
        switch (delegate) {
            case PhpArray a -> {
                if (delegatePos < 0) return false;
                key = a.keyAt(delegatePos);
                value = byRef ? a.refAtPos(delegatePos) : Values.copyOnAssign(a.valueAt(delegatePos));
                return true;
            }
            case Generator inner -> {
                if (inner.status == DONE) return false;
                key = inner.key;
                value = inner.value;
                return true;
            }
            default -> {
                PhpObject it = (PhpObject) delegate;
                if (!Convert.toBool(Spl.call(ctx, it, "valid"))) return false;
                value = Values.copyOnAssign(Values.deref(Spl.call(ctx, it, "current")));
                key = Values.deref(Spl.call(ctx, it, "key"));
                return true;
            }
        }
    }

    /** The value of a finished {@code yield from}: the inner generator's return value, else null. */
    public Object delegateResult() {
        Object d = delegate;
        delegate = null;
        if (d instanceof Generator inner) {
            if (inner.retval == Values.UNDEF) {
                throw new PhpError("Error", "Generator passed to yield from was aborted without proper return and is unable to continue");
            }
            return Values.copyOnAssign(inner.retval);
        }
        return null;
    }

    // ---- driving the body

    private void resume() {
        if (status == DONE) return;
        if (status == RUNNING) throw new PhpError("Error", "Cannot resume an already running generator");
        status = RUNNING;
        atFirstYield = false;
        Object r;
        Context c = ctx;
        c.resumingGenerator = this;
        Generator outer = c.runningGenerator;
        outerRunning = outer;
        c.runningGenerator = this;
        try {
            r = unit.resumeGenerator(index, c);
        } catch (Throwable t) {
            c.resumingGenerator = null;
            finish();
            throw t;
        } finally {
            c.runningGenerator = outer;
        }
        if (status == RUNNING) {
            retval = r;
            finish();
        }
    }

    private void finish() {
        status = DONE;
        value = null;
        key = null;
        frame = null;
        delegate = null;
        if (hasFinally && ctx.destructibles != null) ctx.destructibles.remove(this);
    }

    private void ensureInitialized() {
        if (status == NEW) {
            status = SUSPENDED;
            resume();
            atFirstYield = true;
        }
    }

    private void throwInto(PhpError e) {
        ensureInitialized();
        if (status == DONE) throw e;
        pending = e;
        resume();
    }

    /**
     * Destroying a suspended generator (the last reference the compiler sees, or the end of the
     * script): its pending {@code finally} blocks run, not its catch blocks.
     */
    void destroy() {
        if (status != SUSPENDED || !hasFinally) {
            if (status != RUNNING) finish();
            return;
        }
        destroying = true;
        pending = new Destroy();
        try {
            resume();
        } catch (Destroy d) {
            // unwound through every finally
        } finally {
            destroying = false;
        }
    }

    /** What unwinds a destroyed generator's body: runs finally blocks, no catch matches it ({@link Throwables#caught}). */
    static final class Destroy extends PhpError {
        Destroy() { super("Generator", ""); }
    }

    // ---- the PHP methods

    public Object current() {
        ensureInitialized();
        return status == DONE ? null : Values.copyOnAssign(Values.deref(value));
    }

    public Object key() {
        ensureInitialized();
        return status == DONE ? null : Values.copyOnAssign(Values.deref(key));
    }

    public void next() {
        ensureInitialized();
        resume();
    }

    public boolean valid() {
        ensureInitialized();
        return status != DONE;
    }

    public void rewind() {
        ensureInitialized();
        if (!atFirstYield) throw new PhpError("Exception", "Cannot rewind a generator that was already run");
    }

    public Object send(Object v) {
        ensureInitialized();
        if (status == DONE) return null;
        if (status != RUNNING) sent = Values.copyOnAssign(Values.deref(v));
        resume();
        return status == DONE ? null : Values.copyOnAssign(Values.deref(value));
    }

    public Object throwException(Object ex) {
        ex = Values.deref(ex);
        if (!(ex instanceof PhpObject o) || !o.cls.isA("throwable")) {
            throw new PhpError("TypeError", "Generator::throw(): Argument #1 ($exception) must be of type Throwable, "
                    + Values.typeName(ex) + " given");
        }
        PhpError e = Throwables.toThrow(o);
        throwInto(e);
        return status == DONE ? null : Values.copyOnAssign(Values.deref(value));
    }

    public Object getReturn() {
        ensureInitialized();
        if (retval == Values.UNDEF) {
            throw new PhpError("Exception", "Cannot get return value of a generator that hasn't returned");
        }
        return Values.copyOnAssign(retval);
    }

    /** The Ref a by-reference {@code foreach} binds (the current value of a by-reference generator). */
    public Ref currentRef() {
        ensureInitialized();
        Object v = value;
        if (v instanceof Ref r) return r;
        Ref r = new Ref();
        r.value = Values.copyOnAssign(v);
        return r;
    }

    /** {@code foreach} over this generator: php's get_iterator checks, then a rewind. */
    public Generator foreachStart(boolean byRefLoop) {
        if (status == DONE) {
            throw new PhpError("Exception", "Cannot traverse an already closed generator");
        }
        if (byRefLoop && !byRef) {
            throw new PhpError("Exception", "You can only iterate a generator by-reference if it declared that it yields by-reference");
        }
        rewind();
        return this;
    }
}
