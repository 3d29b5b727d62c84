package phpgoc.runtime.link;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.ref.WeakReference;
import java.util.Locale;
import phpgoc.runtime.Calls;
import phpgoc.runtime.ClassTemplate;
import phpgoc.runtime.Closure;
import phpgoc.runtime.Context;
import phpgoc.runtime.MethodInfo;
import phpgoc.runtime.ParamInfo;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.PhpClass;
import phpgoc.runtime.PhpFunction;
import phpgoc.runtime.PhpObject;
import phpgoc.runtime.Ref;
import phpgoc.runtime.Values;
import phpgoc.runtime.ext.standard.Callbacks;

/**
 * A call of a callable value: {@code $f(...)} ({@code callValue:}), {@code call_user_func}
 * ({@code callUser:}) and {@code call_user_func_array} ({@code callUserArray:}, and
 * {@code callUserList:} for a literal list of arguments), and with a literal pair {@code [$o, 'm']} as
 * the callback {@code callUserPair:} and {@code callUserListPair:}
 * {@code (Context, Object o, Object m, Object[] args)Object}. Each site
 * remembers what the last callable it saw resolved to, keyed on the callable's name (a function
 * name or {@code 'A::m'}) or its object's class and method name ({@code [$o, 'm']}), for the
 * context that resolved it: a name once bound stays bound in a run, and only public methods
 * without by-reference parameters are remembered, so the answer does not depend on the caller's
 * class or on warnings the slow path gives. Anything else (closures aside, which call directly)
 * takes the general path each time. Up to {@link #MAX_ENTRIES} entries, for one context at a time
 * ({@link Cache}).
 */
final class ValueCallSite {
    static final MethodHandle CALL, USER, USER_ARRAY, USER_LIST, USER_PAIR, USER_LIST_PAIR;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            MethodType t = MethodType.methodType(Object.class, ValueCallSite.class, Context.class, Object.class, Object[].class);
            CALL = l.findStatic(ValueCallSite.class, "call", t);
            USER = l.findStatic(ValueCallSite.class, "callUser", t);
            USER_LIST = l.findStatic(ValueCallSite.class, "callUserList", t);
            MethodType pair = MethodType.methodType(Object.class, ValueCallSite.class, Context.class, Object.class,
                    Object.class, Object[].class);
            USER_PAIR = l.findStatic(ValueCallSite.class, "callUserPair", pair);
            USER_LIST_PAIR = l.findStatic(ValueCallSite.class, "callUserListPair", pair);
            USER_ARRAY = l.findStatic(ValueCallSite.class, "callUserArray",
                    MethodType.methodType(Object.class, ValueCallSite.class, Context.class, Object.class, Object.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /**
     * What a callable resolved to: a function ({@code fn}), or a method called on the callable's
     * object ({@code tpl} its class's template; {@code named} null) or on a named class
     * ({@code 'A::m'}, static methods). Nothing here keeps a context alive: functions and methods
     * are context-independent, and the named class is weakly held (its context holds it).
     */
    private record Entry(String name, ClassTemplate tpl, PhpFunction fn, MethodInfo method, WeakReference<PhpClass> named) {
        /** Whether callable {@code c} is the one this entry resolved (in the cache's context); its object then is {@code obj}. */
        Object target(Object c) {
            if (tpl == null) {
                if (c instanceof String s && (s == name || s.equals(name))) return this;
                return null;
            }
            if (!(c instanceof PhpArray a) || a.size() != 2) return null;
            return target(Values.deref(a.lookup(0L)), Values.deref(a.lookup(1L)));
        }

        /** {@link #target(Object)} of the callable {@code [o, m]}: in one context a template is one class. */
        Object target(Object o, Object m) {
            if (o instanceof PhpObject obj && obj.cls.tpl == tpl && m instanceof String s && (s == name || s.equals(name))) return obj;
            return null;
        }

        Object invoke(Context ctx, Object target, Object[] args) {
            if (fn != null) return fn.call(ctx, args);
            if (named != null) return method.invoke(ctx, named.get(), args);
            return method.invoke(ctx, method.isStatic() ? ((PhpObject) target).cls : target, args);
        }
    }

    /**
     * The entries of one context, most recent first. The site holds it strongly (a weakly held
     * array would be dropped by every collection) and the context weakly: a JVM-wide site must
     * not keep a finished run alive. One immutable object, so a thread of another context never
     * sees one context's owner with another's entries.
     */
    private record Cache(WeakReference<Context> owner, Entry[] entries) {}

    /** Up to this many callables per site (a site calling 'f' and 'g' in turn keeps both). */
    private static final int MAX_ENTRIES = 4;
    private static final Cache NONE = new Cache(new WeakReference<>(null), new Entry[0]);
    private Cache cache = NONE;

    static Object call(ValueCallSite s, Context ctx, Object callee, Object[] args) {
        Object c = callee instanceof Ref r ? r.get() : callee;
        if (c instanceof Closure cl) return cl.fn.call(ctx, args);
        Entry e = s.entry(ctx, c);
        return e != null ? e.invoke(ctx, e.target(c), args) : Calls.callValue(ctx, callee, args);
    }

    static Object callUser(ValueCallSite s, Context ctx, Object callback, Object[] args) {
        Object c = callback instanceof Ref r ? r.get() : callback;
        if (c instanceof Closure cl && !byRef(cl.fn.params())) return cl.fn.call(ctx, args);
        Entry e = s.entry(ctx, c);
        return e != null ? e.invoke(ctx, e.target(c), args) : Callbacks.call_user_func(ctx, callback, args);
    }

    static Object callUserArray(ValueCallSite s, Context ctx, Object callback, Object args) {
        Object c = callback instanceof Ref r ? r.get() : callback;
        Object a = args instanceof Ref r ? r.get() : args;
        Entry e = a instanceof PhpArray ? s.entry(ctx, c) : null;
        Object[] list = e != null ? positional((PhpArray) a) : null;
        if (list == null) return Callbacks.call_user_func_array(ctx, callback, args);
        return e.invoke(ctx, e.target(c), list);
    }

    /**
     * {@code call_user_func_array($f, [a, b])} with a literal list: the list's values (copies) come
     * as arguments, and become an array only for the general path.
     */
    static Object callUserList(ValueCallSite s, Context ctx, Object callback, Object[] values) {
        Object c = callback instanceof Ref r ? r.get() : callback;
        Entry e = s.entry(ctx, c);
        if (e != null) return e.invoke(ctx, e.target(c), values);
        PhpArray a = new PhpArray();
        for (Object v : values) a.append(v);
        return Callbacks.call_user_func_array(ctx, callback, a);
    }

    /**
     * {@code call_user_func([o, m], args...)} with a literal pair as the callback: the pair is made
     * into an array only when it is not a method this site remembers.
     */
    static Object callUserPair(ValueCallSite s, Context ctx, Object o, Object m, Object[] args) {
        Entry e = s.pairEntry(ctx, o, m);
        return e != null ? e.invoke(ctx, Values.deref(o), args) : callUser(s, ctx, PhpArray.of(o, m), args);
    }

    /** {@code call_user_func_array([o, m], [a, b])}: {@link #callUserPair} with {@link #callUserList}'s arguments. */
    static Object callUserListPair(ValueCallSite s, Context ctx, Object o, Object m, Object[] values) {
        Entry e = s.pairEntry(ctx, o, m);
        return e != null ? e.invoke(ctx, Values.deref(o), values) : callUserList(s, ctx, PhpArray.of(o, m), values);
    }

    /** The cached entry for the callable {@code [o, m]} (resolved as the array on a miss); null if not cacheable. */
    private Entry pairEntry(Context ctx, Object o, Object m) {
        Object obj = Values.deref(o), name = Values.deref(m);
        Cache k = cache;
        if (k.owner.get() == ctx) {
            for (Entry e : k.entries) if (e.tpl != null && e.target(obj, name) != null) return e;
        }
        return obj instanceof PhpObject && name instanceof String ? entry(ctx, PhpArray.of(obj, name)) : null;
    }

    /** The array's values as arguments (copies), or null if it has string keys (named arguments). */
    private static Object[] positional(PhpArray a) {
        Object[] out = new Object[a.size()];
        int i = 0;
        for (int p = a.firstPos(); p >= 0; p = a.nextPos(p)) {
            if (!(a.keyAt(p) instanceof Long)) return null;
            out[i++] = Values.copyOnAssign(a.valueAt(p));
        }
        return out;
    }

    /** The cached entry for {@code c}, resolving (and remembering) it on a miss; null if it is not cacheable. */
    private Entry entry(Context ctx, Object c) {
        Cache k = cache;
        if (k.owner.get() == ctx) {
            for (Entry e : k.entries) if (e.target(c) != null) return e;
        }
        Entry e = resolve(ctx, c);
        if (e == null) return null;
        // a new cache each time: a site may be shared by threads running other contexts
        if (k.owner.get() != ctx) {
            cache = new Cache(new WeakReference<>(ctx), new Entry[] {e});
        } else {
            Entry[] more = java.util.Arrays.copyOf(k.entries, Math.min(k.entries.length + 1, MAX_ENTRIES));
            System.arraycopy(more, 0, more, 1, more.length - 1);
            more[0] = e;
            cache = new Cache(k.owner, more);
        }
        return e;
    }

    private static Entry resolve(Context ctx, Object c) {
        if (c instanceof String s) {
            int sep = s.indexOf("::");
            if (sep < 0) {
                PhpFunction f = Calls.lookup(ctx, s);
                return f != null && !byRef(f.params()) ? new Entry(s, null, f, null, null) : null;
            }
            String cn = s.substring(0, sep);
            String lower = cn.toLowerCase(Locale.ROOT);
            if (lower.equals("self") || lower.equals("parent") || lower.equals("static")) return null;
            PhpClass cls = ctx.findClass(cn);
            MethodInfo m = cls == null ? null : cls.findMethod(s.substring(sep + 2));
            return m != null && m.isStatic() && cacheable(m) ? new Entry(s, null, null, m, new WeakReference<>(cls)) : null;
        }
        if (c instanceof PhpArray a && a.size() == 2) {
            Object o = Values.deref(a.lookup(0L)), n = Values.deref(a.lookup(1L));
            if (!(o instanceof PhpObject obj) || obj.cls.tpl == null || !(n instanceof String name) || name.contains("::")) return null;
            MethodInfo m = obj.cls.findMethod(name);
            if (m == null || !cacheable(m)) return null;
            return new Entry(name, obj.cls.tpl, null, m, null);
        }
        return null;
    }

    private static boolean cacheable(MethodInfo m) {
        return (m.flags & (ClassTemplate.PRIVATE | ClassTemplate.PROTECTED)) == 0 && !m.isAbstract() && !byRef(m.params);
    }

    private static boolean byRef(ParamInfo[] ps) {
        for (ParamInfo p : ps) if (p.byRef()) return true;
        return false;
    }
}
