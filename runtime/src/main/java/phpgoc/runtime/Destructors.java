package phpgoc.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code __destruct} at the end of the script, in php's order (zend_call_destructors): first the
 * global variables from the last to the first, each object held by just one of them; then every
 * remaining object in creation order. Objects are tracked from their creation when their class has
 * a destructor. Deviation: without reference counts, an object dies only at the end of the script
 * (php destroys it as soon as its last reference goes), and "held by just one global" ignores
 * references from arrays and other objects.
 */
public final class Destructors {
    private Destructors() {}

    /** A new object of a class with {@code __destruct}. */
    static void track(Context ctx, PhpObject o) {
        if (ctx.destructibles == null) ctx.destructibles = new ArrayList<>();
        ctx.destructibles.add(o);
    }

    /** Runs the pending destructors at the end of the script (or after exit); returns the exit status. */
    public static int shutdown(Context ctx, int status) {
        List<PhpObject> all = ctx.destructibles;
        if (all == null) return status;
        try {
            Set<PhpObject> done = Collections.newSetFromMap(new IdentityHashMap<>());
            Map<PhpObject, Integer> holders = new IdentityHashMap<>();
            List<Object> globals = new ArrayList<>();
            for (Ref r : ctx.globals.entries().values()) globals.add(r.get());
            for (Object v : globals) if (v instanceof PhpObject o) holders.merge(o, 1, Integer::sum);
            for (int i = globals.size() - 1; i >= 0; i--) {
                if (globals.get(i) instanceof PhpObject o && holders.get(o) == 1 && done.add(o)) destruct(ctx, o);
            }
            for (int i = 0; i < all.size(); i++) {
                PhpObject o = all.get(i);
                if (done.add(o)) destruct(ctx, o);
            }
            ctx.destructibles = null;
            return status;
        } catch (ExitException e) {
            return e.status;
        } catch (PhpError e) {
            Uncaught.print(ctx, e);
            return 255;
        }
    }

    private static void destruct(Context ctx, PhpObject o) {
        MethodInfo m = o.cls.findMethod("__destruct");
        if (m != null && !m.isAbstract()) m.invoke(ctx, o, new Object[0]);
    }
}
