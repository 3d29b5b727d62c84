package phpgoc.runtime.ext.core;

import phpgoc.runtime.Context;
import phpgoc.runtime.Values;
import phpgoc.runtime.ext.standard.Callbacks;

/**
 * {@code register_tick_function} and {@code unregister_tick_function}. php calls tick functions only
 * in code under {@code declare(ticks=N)}, which phpgoc compiles without ticks: the callback is checked
 * as php checks it and never called.
 */
public final class TickFunctions {
    private TickFunctions() {}

    public static boolean register_tick_function(Context ctx, Object callback, Object[] args) {
        Callbacks.callback(ctx, Values.deref(callback), "register_tick_function", 1, "callback");
        return true;
    }

    public static void unregister_tick_function(Context ctx, Object callback) {
        Callbacks.callback(ctx, Values.deref(callback), "unregister_tick_function", 1, "callback");
    }
}
