package phpgoc.runtime;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The state of one PHP program run: globals, function and constant tables, statics, included files,
 * ini settings and output. Nothing per-run is static, so many contexts share one JVM.
 * {@link #current()} is the context of the running thread, for the runtime's rare paths (warnings,
 * float formatting); generated code passes its context explicitly.
 */
public final class Context {
    public static final int E_ERROR = 1, E_WARNING = 2, E_PARSE = 4, E_NOTICE = 8,
            E_USER_ERROR = 256, E_USER_WARNING = 512, E_USER_NOTICE = 1024, E_STRICT = 2048,
            E_RECOVERABLE_ERROR = 4096, E_DEPRECATED = 8192, E_USER_DEPRECATED = 16384, E_ALL = 32767;

    private static final ThreadLocal<Context> CURRENT = new ThreadLocal<>();

    public final Output out;
    public final SymbolTable globals = new SymbolTable();
    public final Ini ini = new Ini(this);
    // concurrent maps: the go routines of a parallel-mode run declare functions and read them at once
    private final Map<String, PhpFunction> functions = new ConcurrentHashMap<>();
    private final Map<String, Object> constants = new java.util.LinkedHashMap<>(); // in definition order
    private final Map<String, Ref> statics = new ConcurrentHashMap<>();
    private final Map<Class<?>, Object> extensionState = new ConcurrentHashMap<>();
    private final Set<String> included = new java.util.LinkedHashSet<>(); // in include order (get_included_files)
    private final CompilerService compiler;
    /** The main script's absolute path ({@code $_SERVER['SCRIPT_FILENAME']}). */
    public final Path script;
    /**
     * The working directory ({@code getcwd()}): relative include paths and file names resolve
     * against it. Per context, since many programs share one JVM's {@code user.dir}.
     */
    public Path cwd = Path.of(System.getProperty("user.dir"));
    /**
     * Set by the generated code of a {@code declare(strict_types=1)} file around each direct builtin
     * call: {@link Args} then accepts only exact scalar types (an int for a float). Cleared when a
     * user function is entered through {@code CompiledUnit.invoke} (callbacks) and when Args throws.
     */
    public boolean strictArgs;
    /**
     * Set by the generated code of a {@code declare(strict_types=1)} file just before each call
     * into user code (and cleared after it): the callee reads and clears it at its entry, so its
     * parameters are checked as the caller's file says (php: the caller decides). False otherwise.
     */
    public boolean strictCall;
    /** The debug_backtrace() shadow frames of this thread of execution ({@link CallFrames}); null until the first. */
    public CallFrames callFrames;
    /** The arguments of this thread of execution's running functions, for traces ({@link ArgStack}); null until the first. */
    public ArgStack argStack;
    /** The last resource id given out: php's CLI has STDIN, STDOUT, STDERR (1..3) and the script (4). */
    private long lastResourceId = 4;
    /** STDIN, STDOUT, STDERR once a script used them (ext/standard's streams). */
    public PhpResource[] stdStreams;
    /**
     * Set by the time-limit watchdog when max_execution_time passed; generated code reads it at
     * every loop iteration ({@link phpgoc.runtime.ext.standard.TimeLimit}).
     */
    public volatile boolean timeUp;
    /**
     * Parallel mode ({@code phpgoc run --parallel}): this context's go routines run on all cores at
     * once instead of one at a time (docs/go.md "Parallel mode"). Set before the run starts.
     */
    public boolean parallelRoutines;
    /** {@code register_shutdown_function}'s calls (callable, args...). */
    public java.util.List<Object[]> shutdownFunctions;
    /** Error and exception handlers, the last error ({@link Errors}). */
    public final Errors.State errors = new Errors.State();

    // ---- classes (see docs/objects.md)

    private final Map<String, PhpClass> classes = new ConcurrentHashMap<>();
    private final Map<ClassTemplate, PhpClass> classByTemplate = new ConcurrentHashMap<>(); // ClassTemplate: identity equals
    private int lastObjectId;

    /** Declares a linked class ({@link Classes#declare} checks the name is free). */
    public void declareClass(PhpClass c) {
        classes.put(Classes.key(c.fullName), c);
        classes.putIfAbsent(c.fullName, c);
        classByTemplate.put(c.tpl, c);
        if (c.tpl.file != null) userClasses.add(c);
    }

    /** The classes, interfaces and traits of PHP code, in the order they were declared (get_declared_classes). */
    private final java.util.Queue<PhpClass> userClasses = new java.util.concurrent.ConcurrentLinkedQueue<>();

    public Iterable<PhpClass> userClasses() { return userClasses; }

    /** class_alias(): {@code alias} names {@code c} too; false if the name is taken. */
    public boolean aliasClass(String alias, PhpClass c) {
        if (classes.putIfAbsent(Classes.key(alias), c) != null) return false;
        PhpClass.anyAlias = true;
        return true;
    }

    /** The class, interface or trait named {@code name} (case-insensitive, leading backslash ignored), or null. */
    public PhpClass findClass(String name) {
        PhpClass c = classes.get(name);
        if (c != null) return c;
        String key = Classes.key(name);
        c = classes.get(key);
        if (c != null) return c;
        c = Classes.builtin(this, key);
        return c != null ? c : Spl.builtin(this, key);
    }

    private PhpClass closureClass, generatorClass;

    /** The built-in class {@code Generator} of this context. */
    PhpClass generatorClass() {
        PhpClass c = generatorClass;
        if (c == null) generatorClass = c = findClass("Generator");
        return c;
    }

    /** Set by {@link Generator} just before it calls a generator body to continue it; the body's entry takes and clears it. */
    public Generator resumingGenerator;
    /** The innermost generator whose body runs in this thread of execution (traces read its arguments); null for none. */
    public Generator runningGenerator;
    /**
     * The {@code $this} (or called class) of the method or closure calling a library function that
     * takes a callback, set by the generated code around the call: php binds a non-static method
     * named with its class ({@code 'A::m'}, {@code ['A', 'm']}, {@code 'parent::m'}) to it when it is
     * an instance of that class ({@link Callables}). Null otherwise.
     */
    public Object callerThis;

    /** The built-in class {@code Closure} of this context (every closure value's class). */
    PhpClass closureClass() {
        PhpClass c = closureClass;
        if (c == null) closureClass = c = findClass("Closure");
        return c;
    }

    /** The spl_autoload_register() loaders, in call order (null until one is registered). */
    public java.util.List<Object> autoloaders;
    private Set<String> autoloading;

    /** {@link #findClass}, running the autoloaders when it is not declared (php's zend_lookup_class). */
    public PhpClass loadClass(String name) {
        PhpClass c = findClass(name);
        if (c != null || autoloaders == null || autoloaders.isEmpty()) return c;
        if (!parallelRoutines) return autoload(name);
        // --parallel: one routine autoloads at a time; another asking for the same class then finds it
        // (the recursion guard below is per thread of execution, so it must not see the others' loads)
        classLoadLock.lock();
        try {
            c = findClass(name);
            return c != null ? c : autoload(name);
        } finally {
            classLoadLock.unlock();
        }
    }

    private final java.util.concurrent.locks.ReentrantLock classLoadLock = new java.util.concurrent.locks.ReentrantLock();

    private PhpClass autoload(String name) {
        PhpClass c;
        String plain = name.startsWith("\\") ? name.substring(1) : name;
        String key = Classes.key(plain);
        if (autoloading == null) autoloading = new HashSet<>();
        if (!autoloading.add(key)) return null;
        try {
            for (Object loader : new java.util.ArrayList<>(autoloaders)) {
                Calls.callValue(this, loader, new Object[] {plain});
                c = findClass(plain);
                if (c != null) return c;
            }
            return null;
        } finally {
            autoloading.remove(key);
        }
    }

    /** The class this context declared from {@code tpl}, or null. */
    public PhpClass classOf(ClassTemplate tpl) { return classByTemplate.get(tpl); }

    /** spl_object_id of a new object. */
    public int nextObjectId() { return freeIds == 0 ? ++lastObjectId : freeId[--freeIds]; }

    /** The ids of destroyed objects; php reuses the most recently freed one first. */
    private int[] freeId;
    private int freeIds;

    void freeObjectId(int id) {
        if (freeId == null) freeId = new int[16];
        else if (freeIds == freeId.length) freeId = java.util.Arrays.copyOf(freeId, freeIds * 2);
        freeId[freeIds++] = id;
    }

    /** Serialises the first evaluation of class constants under --parallel ({@link PhpClass#constantValue}). */
    public final java.util.concurrent.locks.ReentrantLock constantLock = new java.util.concurrent.locks.ReentrantLock();

    /** While a trait's initialiser runs for a class using it: that class ({@link ClassTemplate#evaluateFor}). */
    public ClassTemplate traitSelf;

    /** Objects whose class has {@code __destruct} and that are not destroyed yet, in creation order ({@link Destructors}). */
    java.util.Set<PhpObject> destructibles;
    /**
     * How many included (or eval'd) files are running: top-level code releases its variables'
     * objects ({@link Destructors#releaseGlobal}) only as the main script, whose variables the
     * compiler saw all uses of.
     */
    public int includeDepth;
    /** WeakReferences, WeakMaps and their iterators ({@link WeakRefs}); null until the first. */
    WeakRefs.State weak;

    /** The id for a new resource of this context. */
    public long nextResourceId() { return ++lastResourceId; }

    /** Skips {@code n} ids (php's php://temp allocates an inner stream). */
    public void skipResourceIds(int n) { lastResourceId += n; }

    public Context(Path script, OutputStream stdout, CompilerService compiler) {
        this.script = script;
        this.out = new Output(stdout);
        this.compiler = compiler;
    }

    /** The running thread's context: its thread-local, or the one its {@link ThreadTag} names. */
    public static Context current() {
        Context c = CURRENT.get();
        if (c == null && Thread.currentThread().getUncaughtExceptionHandler() instanceof ThreadTag tag) c = tag.ctx;
        return c;
    }

    /**
     * Names the context of threads made to run its PHP code without {@link #enter()}: go routines,
     * a million of which may wait at once, each keeping a thread-local map (about 170 bytes) when it
     * has one. Set as the threads' uncaught-exception handler (a field every thread has), it does
     * what the default handler does.
     */
    public static final class ThreadTag implements Thread.UncaughtExceptionHandler {
        final Context ctx;

        public ThreadTag(Context ctx) { this.ctx = ctx; }

        @Override public void uncaughtException(Thread t, Throwable e) {
            Thread.UncaughtExceptionHandler d = Thread.getDefaultUncaughtExceptionHandler();
            if (d != null) d.uncaughtException(t, e);
            else t.getThreadGroup().uncaughtException(t, e);
        }
    }

    /** Makes this the running thread's context; returns the previous one to restore. */
    public Context enter() {
        Context prev = CURRENT.get();
        CURRENT.set(this);
        return prev;
    }

    public static void restore(Context prev) {
        if (prev == null) CURRENT.remove(); else CURRENT.set(prev);
    }

    public CompilerService compiler() { return compiler; }

    // ---- output

    public void echo(String s) { out.write(s); }

    public void echo(Object v) {
        if (v instanceof String s) out.write(s);
        else if (v instanceof ConcatString c) c.writeTo(out);
        else out.write(Convert.toStr(v));
    }

    // ---- functions

    /** Declares a function; fatal error if one of that name (case-insensitive) exists. */
    public void declareFunction(PhpFunction f) {
        String key = f.name().toLowerCase(java.util.Locale.ROOT);
        PhpFunction old = functions.putIfAbsent(key, f);
        if (old != null) throw FatalError.here("Cannot redeclare " + f.name() + "()");
        userFunctions.add(key);
    }

    /** The user functions' lower-case names in the order they were declared (get_defined_functions). */
    private final java.util.Queue<String> userFunctions = new java.util.concurrent.ConcurrentLinkedQueue<>();

    public Iterable<String> userFunctions() { return userFunctions; }

    /** The user function named {@code name} (case-insensitive) or null. */
    public PhpFunction findFunction(String name) {
        PhpFunction f = functions.get(name);
        return f != null ? f : functions.get(name.toLowerCase(java.util.Locale.ROOT));
    }

    // ---- constants

    /**
     * Set once a namespaced function whose last segment is a library function's name is declared
     * ({@code A\strlen}): until then an unqualified {@code strlen()} in namespace {@code A} is the
     * library function without a lookup ({@code Calls.shadowed}).
     */
    public boolean builtinShadowed;

    public boolean defineConstant(String name, Object value) {
        String key = constantKey(name);
        if (constants.containsKey(key)) {
            warning("Constant " + key + " already defined");
            return false;
        }
        constants.put(key, value);
        return true;
    }

    /** A user constant's value, or {@link Values#UNDEF}. */
    public Object userConstant(String name) {
        String key = constantKey(name);
        Object v = constants.get(key);
        return v == null && !constants.containsKey(key) ? Values.UNDEF : v;
    }

    /** The user constants (key as {@link #constantKey}) in definition order (get_defined_constants). */
    public Map<String, Object> userConstants() { return java.util.Collections.unmodifiableMap(constants); }

    /** php keys constants by their namespace in lower case and their own name as written: {@code a\b\X}. */
    static String constantKey(String name) {
        int i = name.lastIndexOf('\\');
        if (i < 0) return name;
        String ns = name.substring(0, i);
        String lower = ns.toLowerCase(java.util.Locale.ROOT);
        return lower.equals(ns) ? name : lower + name.substring(i);
    }

    // ---- per-run state of library extensions (e.g. the seeded mt_rand generator)

    /** The run's state of type {@code key} for a library extension, created by {@code init} on first use. */
    public <T> T extensionState(Class<T> key, java.util.function.Supplier<T> init) {
        Object v = extensionState.get(key);
        if (v == null) {
            v = init.get();
            Object raced = extensionState.putIfAbsent(key, v); // another routine's, in parallel mode
            if (raced != null) v = raced;
        }
        return key.cast(v);
    }

    /** The run's state of type {@code key}, or null when none was created. */
    public Object peekExtensionState(Class<?> key) { return extensionState.get(key); }

    public <T> void setExtensionState(Class<T> key, T value) { extensionState.put(key, value); }

    // ---- static variables: key is unique per function and variable

    public Ref staticVar(String key) { return statics.get(key); }

    public Ref initStatic(String key, Object value) {
        Ref r = new Ref(value);
        statics.put(key, r);
        return r;
    }

    // ---- include bookkeeping

    /** Records that {@code path} was included; returns false if it already was. */
    public boolean markIncluded(String path) { return included.add(path); }

    public boolean wasIncluded(String path) { return included.contains(path); }

    public Set<String> includedFiles() { return included; }

    // ---- diagnostics, printed as php -n prints them (display_errors on stdout)

    public void warning(String msg) { report(E_WARNING, "Warning", msg); }
    public void notice(String msg) { report(E_NOTICE, "Notice", msg); }
    public void deprecated(String msg) { report(E_DEPRECATED, "Deprecated", msg); }

    /** A diagnostic of {@code level} at the running code's location, through php's error path ({@link Errors}). */
    public void report(int level, String label, String msg) { Errors.raise(this, level, msg); }

    /**
     * Prints a fatal error as php does ({@code kind} is "Fatal error" or "Parse error"); the caller
     * then exits with 255. For an uncaught throwable {@code msg} ends with "\n  thrown".
     */
    public void printFatal(String kind, String msg, String file, int line) {
        Errors.printFatal(this, Errors.levelOf(kind), msg, file, line);
    }
}
