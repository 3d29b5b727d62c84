package phpgoc.runtime.ext.standard;

import phpgoc.runtime.Context;
import phpgoc.runtime.Convert;
import phpgoc.runtime.PhpError;
import phpgoc.runtime.PhpObject;
import phpgoc.runtime.Throwables;
import phpgoc.runtime.Values;

/**
 * {@code assert()}. The compiler skips the call (and its arguments) unless zend.assertions is 1,
 * and gives a call without a description the assertion's source text, "assert($a > 1)", as php does.
 */
public final class Assert {
    private Assert() {}

    /** Whether assertions run: generated code evaluates nothing of an assert() call otherwise. */
    public static boolean enabled(Context ctx) { return ctx.ini.assertions == 1; }

    public static boolean assert_(Context ctx, Object assertion) {
        return assert_(ctx, assertion, null);
    }

    /** A failed assertion throws {@code description} if it is a Throwable, else an AssertionError (or warns, assert.exception=0). */
    public static boolean assert_(Context ctx, Object assertion, Object description) {
        if (Convert.toBool(Values.deref(assertion))) return true;
        Object d = Values.deref(description);
        if (d instanceof PhpObject o && Throwables.isA(o, "throwable")) throw Throwables.toThrow(o);
        String msg = d == null || d == Values.UNDEF ? "" : Convert.toStr(d);
        if (ctx.ini.assertException) throw new PhpError("AssertionError", msg);
        ctx.warning("assert(): " + (msg.isEmpty() ? "Assertion" : msg) + " failed");
        return false;
    }
}
