package phpgoc.runtime.link;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.ref.WeakReference;
import phpgoc.runtime.ByRefArgs;
import phpgoc.runtime.ClassTemplate;
import phpgoc.runtime.Context;
import phpgoc.runtime.Magic;
import phpgoc.runtime.MethodInfo;
import phpgoc.runtime.ObjectOps;
import phpgoc.runtime.PhpClass;
import phpgoc.runtime.PhpError;
import phpgoc.runtime.PhpObject;

/**
 * {@code $o->$name(args)}: a call whose method name is a value ({@code callMethodNamed:}
 * {@code (Object recv, Context, String name, ClassTemplate scope, Object[] args)Object}) and the
 * by-ref mask asked before its arguments ({@code refMaskNamed:}
 * {@code (Object recv, Context, String name, ClassTemplate scope)int}). Each site remembers what
 * the last few (class, name, calling scope) triples resolved to, so a name is not lower-cased and
 * looked up, nor {@code __call} searched for, on every call. Only a successful resolution to a
 * declared method is remembered; it depends on nothing else (the class fixes its context and
 * method table, and resolving gives no warnings), so {@code __call}, errors and non-objects take
 * the general path each time. The class is compared by identity, never by name: many contexts
 * share a JVM. Weakly held, as {@link ValueCallSite}: a JVM-wide site must not keep a finished
 * run's classes alive.
 */
final class MethodNameSite {
    static final MethodHandle CALL, REF_MASK;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            CALL = l.findStatic(MethodNameSite.class, "call", MethodType.methodType(Object.class, MethodNameSite.class,
                    Object.class, Context.class, String.class, ClassTemplate.class, Object[].class));
            REF_MASK = l.findStatic(MethodNameSite.class, "refMask", MethodType.methodType(int.class, MethodNameSite.class,
                    Object.class, Context.class, String.class, ClassTemplate.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Method {@code method} is what {@code name} means on {@code cls} for code of {@code scope}. */
    private record Entry(PhpClass cls, String name, ClassTemplate scope, MethodInfo method) {
        boolean matches(PhpClass c, String n, ClassTemplate s) {
            return c == cls && s == scope && (n == name || n.equals(name));
        }
    }

    /** Up to this many (class, name) pairs per site: a site calling 'inc' and 'dec' in turn keeps both. */
    private static final int MAX_ENTRIES = 4;
    private static final WeakReference<Entry[]> NONE = new WeakReference<>(new Entry[0]);
    private WeakReference<Entry[]> entries = NONE;

    static Object call(MethodNameSite s, Object recv, Context ctx, String name, ClassTemplate scope, Object[] args) {
        if (recv instanceof PhpObject o) {
            MethodInfo m = s.method(ctx, o.cls, name, scope, true);
            if (m != null) return m.invoke(ctx, m.isStatic() ? o.cls : o, args);
        }
        return ObjectOps.callMethod(recv, ctx, name, scope, args);
    }

    static int refMask(MethodNameSite s, Object recv, Context ctx, String name, ClassTemplate scope) {
        if (recv instanceof PhpObject o) {
            MethodInfo m = s.method(ctx, o.cls, name, scope, false);
            if (m != null) return m.refMask;
        }
        return ByRefArgs.methodMask(recv, ctx, name, scope);
    }

    /**
     * The remembered method, resolving (and remembering) it on a miss; null when the general path
     * must run. A call site resolves as {@code ObjectOps.callMethod} (a class with {@code __call}
     * may hand an invisible method to it); a mask site as {@code ByRefArgs.methodMask}.
     */
    private MethodInfo method(Context ctx, PhpClass cls, String name, ClassTemplate scope, boolean call) {
        Entry[] es = entries.get();
        if (es != null) {
            for (Entry e : es) if (e.matches(cls, name, scope)) return e.method;
        }
        if (cls.context() != ctx) return null;
        MethodInfo m;
        try {
            m = call ? Magic.resolveOrMagic(ctx, cls, name, scope, cls.findMethod("__call"))
                    : ObjectOps.resolveMethod(ctx, cls, name, scope);
        } catch (PhpError e) {
            return null; // the general path reports it
        }
        if (m == null) return null;
        Entry e = new Entry(cls, name, scope, m);
        // a new array each time: a site may be shared by threads running other contexts
        Entry[] more;
        if (es == null || es.length == 0 || es[0].cls.context() != ctx) {
            more = new Entry[] {e};
        } else {
            more = java.util.Arrays.copyOf(es, Math.min(es.length + 1, MAX_ENTRIES));
            System.arraycopy(more, 0, more, 1, more.length - 1);
            more[0] = e;
        }
        entries = new WeakReference<>(more);
        return m;
    }
}
