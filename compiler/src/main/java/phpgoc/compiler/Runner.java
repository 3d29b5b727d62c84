package phpgoc.compiler;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import phpgoc.runtime.CompiledUnit;
import phpgoc.runtime.Context;
import phpgoc.runtime.ExitException;
import phpgoc.runtime.FatalError;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.PhpError;
import phpgoc.runtime.PhpPaths;
import phpgoc.runtime.SourceLocation;
import phpgoc.runtime.Uncaught;
import phpgoc.runtime.ext.core.ExceptionHandlers;

/**
 * Runs one PHP program as {@code php -n} does: a fresh {@link Context}, the ini settings, the
 * superglobals, the main unit with the globals as its scope, then the output flushed. Whatever
 * happens is turned into php's output and exit code; no Java exception escapes.
 */
final class Runner {
    private Runner() {}

    /**
     * Stack of the thread a program runs on ({@code -Dphpgoc.stackSize=BYTES}). php bounds recursion
     * only by its 128 MB memory_limit (about 700,000 calls of a small function); 128 MB of JVM stack
     * allows a few million small frames, while infinite recursion still fails within seconds (unwinding
     * a much larger stack takes long). Not used when the program runs on a virtual thread
     * ({@link #virtualMain}): its stack is its carrier's, sized by {@code -Xss}.
     */
    static final long STACK_BYTES = Long.getLong("phpgoc.stackSize", 128L << 20);

    /** php -n's memory_limit, as its "Allowed memory size" error prints it. */
    private static final long MEMORY_LIMIT = 134217728L;

    /**
     * What to run and how PHP sees it.
     *
     * @param cwd the working directory ({@link Context#cwd})
     * @param contextPath the {@link Context#script} path
     * @param includedKey the main file's real path as a PHP string (marked included), or null for -r code
     * @param argv0 {@code $argv[0]}: the script as given, or "Standard input code" for -r
     * @param scriptFilename {@code $_SERVER['SCRIPT_FILENAME']} and {@code PATH_TRANSLATED}
     * @param main compiles the main unit (inside the run, so parse errors print as php prints them)
     */
    record Program(Path cwd, Path contextPath, String includedKey, String argv0, String scriptFilename,
                   Function<Compiler, CompiledUnit> main) {}

    static boolean debug() {
        return Boolean.getBoolean("phpgoc.debug") || System.getenv("PHPGOC_DEBUG") != null;
    }

    /**
     * {@code -Dphpgoc.virtualMain=true} (bin/phpgoc sets it, except with --parallel): the program runs
     * on a virtual thread instead. Go routines and Fibers are virtual threads; with one carrier
     * (bin/phpgoc's {@code -Djdk.virtualThreadScheduler.parallelism=1}) handing the baton between main
     * and a routine is then a continuation switch on that carrier, not an OS-level park and unpark of
     * two platform threads (select over channels fed by routines: about 2x faster). A virtual
     * thread's stack is its carrier's, sized by {@code -Xss} (bin/phpgoc: 128 MB, as
     * {@link #STACK_BYTES}), so without the launcher's flags the platform thread is kept.
     */
    static boolean virtualMain(Map<String, String> ini) {
        String parallel = ini.get(Phpgoc.PARALLEL_INI);
        return Boolean.getBoolean("phpgoc.virtualMain") && (parallel == null || parallel.isEmpty() || parallel.equals("0"));
    }

    static int run(Program p, List<String> args, Map<String, String> ini, OutputStream stdout, Compiler compiler) {
        return run(p, args, ini, stdout, compiler, virtualMain(ini));
    }

    /** Runs {@code p} on a thread of its own (a virtual one when {@code onVirtualThread}); returns the exit code. */
    static int run(Program p, List<String> args, Map<String, String> ini, OutputStream stdout, Compiler compiler,
                   boolean onVirtualThread) {
        AtomicReference<Integer> result = new AtomicReference<>(255);
        Runnable body = () -> result.set(runHere(p, args, ini, stdout, compiler));
        Thread t;
        if (onVirtualThread) {
            t = Thread.ofVirtual().name("php-main").start(body); // virtual threads are daemons
        } else {
            t = new Thread(null, body, "php-main", STACK_BYTES);
            t.setDaemon(true);
            t.start();
        }
        try {
            t.join();
        } catch (InterruptedException e) {
            // Our caller gave up (a timeout): PHP code cannot be stopped safely, so it is left to finish.
            t.interrupt();
            Thread.currentThread().interrupt();
            return 255;
        }
        return result.get();
    }

    /** Runs {@code p} on the current thread; returns the exit code. */
    static int runHere(Program p, List<String> args, Map<String, String> ini, OutputStream stdout, Compiler compiler) {
        Context ctx = new Context(p.contextPath(), stdout, compiler);
        ctx.cwd = p.cwd();
        Context prev = ctx.enter();
        int code;
        try {
            code = execute(ctx, p, args, ini, compiler);
        } finally {
            phpgoc.runtime.ext.standard.TimeLimit.cancel(ctx);
            phpgoc.runtime.go.GoFunctions.closeAll(ctx); // nor a go routine's
            phpgoc.runtime.fiber.Fibers.closeAll(ctx); // no fiber thread outlives its run
            try {
                ctx.out.flushAll();
            } catch (RuntimeException e) {
                if (debug()) e.printStackTrace();
            }
            Context.restore(prev);
        }
        return code;
    }

    private static int execute(Context ctx, Program p, List<String> args, Map<String, String> ini, Compiler compiler) {
        try {
            Throwable end;
            try {
                ini.forEach((k, v) -> {
                    if (k.equals(Phpgoc.PARALLEL_INI)) ctx.parallelRoutines = !v.isEmpty() && !v.equals("0");
                    else ctx.ini.set(k, v);
                });
                setGlobals(ctx, p, args);
                if (p.includedKey() != null) ctx.markIncluded(p.includedKey());
                CompiledUnit unit = p.main().apply(compiler);
                unit.run(ctx, ctx.globals);
                end = null;
            } catch (ExitException | FatalError | PhpError e) {
                end = e;
            } catch (StackOverflowError | OutOfMemoryError e) {
                // php has no recursion limit: deep recursion ends when its frames exhaust memory_limit.
                SourceLocation at = phpLocation(e, ctx);
                ctx.printFatal("Fatal error", "Allowed memory size of " + MEMORY_LIMIT
                        + " bytes exhausted (tried to allocate 2097152 bytes)", at.file(), at.line());
                if (debug()) e.printStackTrace();
                return 255;
            } catch (RuntimeException | LinkageError | AssertionError e) {
                SourceLocation at = phpLocation(e, ctx);
                ctx.printFatal("Fatal error", "phpgoc internal error: " + e, at.file(), at.line());
                if (debug()) e.printStackTrace();
                return 255;
            }
            // the main script ended: go routines still there end with it, without running PHP code
            phpgoc.runtime.go.GoFunctions.closeAll(ctx);
            // the exception handler, shutdown functions and destructors (php runs them after an
            // uncaught throwable and exit too; after a fatal error all but the destructors)
            return ExceptionHandlers.finish(ctx, end);
        } catch (ExitException e) {
            return e.status; // exit() while printing an error (later: from an error handler)
        } catch (RuntimeException | Error e) {
            // Printing the error failed too (a broken runtime piece): say so on stderr, never a raw trace on stdout.
            System.err.println("phpgoc: internal error: " + e);
            if (debug()) e.printStackTrace();
            return 255;
        }
    }

    /** The PHP file and line a Java throwable was thrown at: its innermost generated frame. */
    static SourceLocation phpLocation(Throwable e, Context ctx) {
        for (StackTraceElement f : e.getStackTrace()) {
            if (f.getClassName().startsWith(SourceLocation.GENERATED_PACKAGE) && f.getLineNumber() > 0) {
                return new SourceLocation(f.getFileName(), f.getLineNumber());
            }
        }
        return new SourceLocation(PhpPaths.toPhp(ctx.script), 0);
    }

    /** {@code $argv}, {@code $argc} and the superglobals as php -n (variables_order "EGPCS") sets them. */
    static void setGlobals(Context ctx, Program p, List<String> args) {
        PhpArray argv = new PhpArray();
        argv.append(p.argv0());
        for (String a : args) argv.append(PhpPaths.toPhp(a));
        Long argc = (long) args.size() + 1;

        PhpArray env = new PhpArray();
        new TreeMap<>(System.getenv()).forEach((k, v) -> env.put(PhpPaths.toPhp(k), PhpPaths.toPhp(v)));

        PhpArray server = env.copy();
        server.put("PHP_SELF", p.argv0());
        server.put("SCRIPT_NAME", p.argv0());
        server.put("SCRIPT_FILENAME", p.scriptFilename());
        server.put("PATH_TRANSLATED", p.scriptFilename());
        server.put("DOCUMENT_ROOT", "");
        Instant now = Instant.now();
        server.put("REQUEST_TIME_FLOAT", now.getEpochSecond() + now.getNano() / 1e9);
        server.put("REQUEST_TIME", now.getEpochSecond());
        server.put("argv", argv.copy());
        server.put("argc", argc);

        // php's order of the global table (get_defined_vars(), $GLOBALS); $_ENV and $_REQUEST last
        for (String name : new String[] {"_GET", "_POST", "_COOKIE", "_FILES"}) set(ctx, name, new PhpArray());
        set(ctx, "argv", argv);
        set(ctx, "argc", argc);
        set(ctx, "_SERVER", server);
        set(ctx, "_ENV", env);
        set(ctx, "_REQUEST", new PhpArray());
    }

    private static void set(Context ctx, String name, Object value) {
        ctx.globals.lookup(name).set(value);
    }
}
