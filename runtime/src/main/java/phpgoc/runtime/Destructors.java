package phpgoc.runtime;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Object destruction without reference counts. The compiler proves, for some variables, that they
 * hold the only reference to their object (docs/objects.md, "Destructors"); when such a variable is
 * unset, reassigned or goes out of scope it calls {@link #release}, which destroys the object unless
 * it {@link PhpObject#ESCAPED escaped} since (a method of it used a bare {@code $this}). Destroying
 * runs {@code __destruct}, clears WeakReferences and WeakMap entries, and frees the id for reuse.
 * Every other object is destroyed at the end of the script, in php's order (shutdown_destructors):
 * the global variables from the last to the first, each object held by just one of them (php: whose
 * reference count is 1; references from arrays and other objects are not counted here), then the
 * remaining objects by id.
 */
public final class Destructors {
    private Destructors() {}

    /** A new object of a class with {@code __destruct} (or a built-in one with work to do then: a started Fiber). */
    public static void track(Context ctx, PhpObject o) {
        if (ctx.destructibles == null) ctx.destructibles = new LinkedHashSet<>();
        ctx.destructibles.add(o);
    }

    /** The compiler-visible last reference to {@code v} is gone: destroys it unless it escaped. */
    public static void release(Context ctx, Object v) {
        if (v instanceof PhpObject o && (o.flags & (PhpObject.ESCAPED | PhpObject.FREED)) == 0 && o.cls.releasable()) {
            destroy(ctx, o);
        }
    }

    /** {@link #release} for a global variable of the main script (not when the code runs included). */
    public static void releaseGlobal(Context ctx, Object v) {
        if (ctx.includeDepth == 0) release(ctx, v);
    }

    /**
     * A constructor threw: php never calls the destructor of that object (zend_object_store_ctor_failed);
     * it is destroyed as the exception leaves the {@code new} unless the constructor let {@code $this} escape.
     */
    public static void ctorFailed(Context ctx, Object v) {
        if (!(v instanceof PhpObject o)) return;
        o.flags |= PhpObject.DESTRUCTED;
        if (ctx.destructibles != null) ctx.destructibles.remove(o);
        release(ctx, o);
    }

    /** Marks {@code v} as referenced from where the compiler cannot see (a bare {@code $this}). */
    public static void escape(Object v) {
        if (v instanceof PhpObject o) o.flags |= PhpObject.ESCAPED;
    }

    private static void destroy(Context ctx, PhpObject o) {
        try {
            if ((o.flags & PhpObject.DESTRUCTED) == 0 && ctx.destructibles != null && ctx.destructibles.remove(o)) {
                o.flags |= PhpObject.DESTRUCTED;
                destruct(ctx, o);
            }
        } finally {
            // a destructor that stores $this somewhere resurrects the object (it escaped meanwhile)
            if ((o.flags & (PhpObject.ESCAPED | PhpObject.FREED)) == 0) {
                o.flags |= PhpObject.FREED;
                if (ctx.weak != null) WeakRefs.forget(ctx, o);
                ctx.freeObjectId(o.id);
            }
        }
    }

    /** Runs the pending destructors at the end of the script (or after exit); returns the exit status. */
    public static int shutdown(Context ctx, int status) {
        if (ctx.destructibles == null) return status;
        try {
            Map<PhpObject, Integer> holders = new IdentityHashMap<>();
            List<Object> globals = new ArrayList<>();
            for (Ref r : ctx.globals.entries().values()) globals.add(r.get());
            for (Object v : globals) if (v instanceof PhpObject o) holders.merge(o, 1, Integer::sum);
            for (int i = globals.size() - 1; i >= 0; i--) {
                if (globals.get(i) instanceof PhpObject o && holders.get(o) == 1) runOnce(ctx, o);
            }
            List<PhpObject> rest = new ArrayList<>(ctx.destructibles);
            rest.sort(Comparator.comparingInt(o -> o.id));
            for (PhpObject o : rest) runOnce(ctx, o);
            ctx.destructibles = null;
            return status;
        } catch (ExitException e) {
            return e.status;
        } catch (PhpError e) {
            Uncaught.print(ctx, e);
            return 255;
        }
    }

    private static void runOnce(Context ctx, PhpObject o) {
        if ((o.flags & PhpObject.DESTRUCTED) != 0 || !ctx.destructibles.remove(o)) return;
        o.flags |= PhpObject.DESTRUCTED;
        destruct(ctx, o);
    }

    private static void destruct(Context ctx, PhpObject o) {
        if (o instanceof Generator g) {
            g.destroy();
            return;
        }
        if (o.internal != null) o.internal.destruct(ctx);
        MethodInfo m = o.cls.findMethod("__destruct");
        if (m != null && !m.isAbstract()) m.invoke(ctx, o, new Object[0]);
    }
}
