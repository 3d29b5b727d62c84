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
 * the general path each time. The class is compared by template identity, never by name, within
 * the one context the cache is for: many contexts share a JVM, and a JVM-wide site must not keep
 * a finished run alive (as {@link ValueCallSite}).
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

    /**
     * Method {@code method} is what {@code name} means, for code of {@code scope}, on the class of
     * template {@code tpl} (in one context a template is one class). Nothing here keeps a context alive.
     */
    private record Entry(ClassTemplate tpl, String name, ClassTemplate scope, MethodInfo method) {
        boolean matches(PhpClass c, String n, ClassTemplate s) {
            return c.tpl == tpl && s == scope && (n == name || n.equals(name));
        }
    }

    /** The entries of one context, weakly held, as {@code ValueCallSite.Cache}. */
    private record Cache(WeakReference<Context> owner, Entry[] entries) {}

    /** Up to this many (class, name) pairs per site: a site calling 'inc' and 'dec' in turn keeps both. */
    private static final int MAX_ENTRIES = 4;
    private static final Cache NONE = new Cache(new WeakReference<>(null), new Entry[0]);
    private Cache cache = NONE;

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
        Cache k = cache;
        if (k.owner.get() == ctx) {
            for (Entry e : k.entries) if (e.matches(cls, name, scope)) return e.method;
        }
        if (cls.context() != ctx || cls.tpl == null) return null;
        MethodInfo m;
        try {
            m = call ? Magic.resolveOrMagic(ctx, cls, name, scope, cls.findMethod("__call"))
                    : ObjectOps.resolveMethod(ctx, cls, name, scope);
        } catch (PhpError e) {
            return null; // the general path reports it
        }
        if (m == null) return null;
        Entry e = new Entry(cls.tpl, name, scope, m);
        // a new cache each time: a site may be shared by threads running other contexts
        if (k.owner.get() != ctx) {
            cache = new Cache(new WeakReference<>(ctx), new Entry[] {e});
        } else {
            Entry[] more = java.util.Arrays.copyOf(k.entries, Math.min(k.entries.length + 1, MAX_ENTRIES));
            System.arraycopy(more, 0, more, 1, more.length - 1);
            more[0] = e;
            cache = new Cache(k.owner, more);
        }
        return m;
    }
}
