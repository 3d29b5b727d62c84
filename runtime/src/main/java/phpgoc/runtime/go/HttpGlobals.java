package phpgoc.runtime.go;

import phpgoc.runtime.Context;
import phpgoc.runtime.Values;

/**
 * The superglobals a {@code goo(['isolate_http_globals' => true])} routine has to itself: copied
 * from its creator's at creation, swapped into the globals while it holds the baton ({@code $GLOBALS}
 * itself stays shared).
 */
final class HttpGlobals {
    private HttpGlobals() {}

    private static final String[] NAMES = {"_GET", "_POST", "_COOKIE", "_SERVER", "_ENV", "_FILES", "_REQUEST"};

    static Object[] grab(Context ctx) {
        Object[] v = new Object[NAMES.length];
        for (int i = 0; i < NAMES.length; i++) v[i] = Values.copyOnAssign(ctx.globals.lookup(NAMES[i]).get());
        return v;
    }

    static void install(Context ctx, Object[] values) {
        if (values == null) return;
        for (int i = 0; i < NAMES.length; i++) ctx.globals.lookup(NAMES[i]).set(values[i]);
    }
}
