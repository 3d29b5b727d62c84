package phpgoc.runtime.ext.standard;

import phpgoc.runtime.Context;
import phpgoc.runtime.Convert;
import phpgoc.runtime.Ini;
import phpgoc.runtime.PhpArray;

/** Helpers the standard library shares: ini access, diagnostics and float formatting. */
final class Fmt {
    private Fmt() {}

    private static final Ini DEFAULTS = new Ini(null);

    /** The running context's ini settings, or php's defaults when no context is running (unit tests). */
    static Ini ini() {
        Context c = Context.current();
        return c == null ? DEFAULTS : c.ini;
    }

    static void warning(String msg) {
        Context c = Context.current();
        if (c != null) c.warning(msg);
    }

    static void deprecated(String msg) {
        Context c = Context.current();
        if (c != null) c.deprecated(msg);
    }

    /** A float as var_dump/var_export print it: serialize_precision (-1 is the shortest round-trip repr). */
    static String repr(double d) {
        int sp = ini().serializePrecision;
        return sp == -1 ? Convert.doubleRepr(d) : Convert.doubleToString(d, sp == 0 ? 1 : sp);
    }

    /** A float as echo prints it: ini precision. */
    static String echo(double d) { return Convert.doubleToString(d, ini().precision); }

    /** The element at {@code pos} as stored: a {@code Ref} for referenced elements. */
    static Object rawAt(PhpArray a, int pos) { return a.rawValueAt(pos); }
}
