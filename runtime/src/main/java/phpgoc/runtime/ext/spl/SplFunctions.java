package phpgoc.runtime.ext.spl;

import java.util.ArrayList;
import java.util.Locale;
import phpgoc.runtime.Context;
import phpgoc.runtime.Convert;
import phpgoc.runtime.ObjectArrays;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.PhpClass;
import phpgoc.runtime.PhpError;
import phpgoc.runtime.PhpObject;
import phpgoc.runtime.Spl;
import phpgoc.runtime.Values;

/** ext/spl's functions: the autoloader stack, class_implements/class_parents, iterator_* and spl_object_hash. */
public final class SplFunctions {
    private SplFunctions() {}

    // ---- autoload

    public static boolean spl_autoload_register(Context ctx) { return true; }

    public static boolean spl_autoload_register(Context ctx, Object callback) {
        return spl_autoload_register(ctx, callback, true, false);
    }

    public static boolean spl_autoload_register(Context ctx, Object callback, Object throw_) {
        return spl_autoload_register(ctx, callback, throw_, false);
    }

    public static boolean spl_autoload_register(Context ctx, Object callback, Object throw_, Object prepend) {
        if (callback == null || callback == Values.UNDEF) return true;
        if (ctx.autoloaders == null) ctx.autoloaders = new ArrayList<>();
        if (indexOf(ctx, callback) >= 0) return true;
        if (prepend != Values.UNDEF && Convert.toBool(prepend)) ctx.autoloaders.add(0, callback);
        else ctx.autoloaders.add(callback);
        return true;
    }

    public static boolean spl_autoload_unregister(Context ctx, Object callback) {
        int i = indexOf(ctx, callback);
        if (i < 0) return false;
        ctx.autoloaders.remove(i);
        return true;
    }

    public static PhpArray spl_autoload_functions(Context ctx) {
        PhpArray out = new PhpArray();
        if (ctx.autoloaders != null) for (Object f : ctx.autoloaders) out.append(f);
        return out;
    }

    public static void spl_autoload_call(Context ctx, Object class_) { ctx.loadClass(Convert.toStr(class_)); }

    private static int indexOf(Context ctx, Object callback) {
        if (ctx.autoloaders == null) return -1;
        for (int i = 0; i < ctx.autoloaders.size(); i++) if (same(ctx.autoloaders.get(i), callback)) return i;
        return -1;
    }

    /** Whether two callables name one function (php compares the functions they resolve to): "A::m" is [A, m]. */
    private static boolean same(Object a, Object b) {
        if (a == b) return true;
        a = staticPair(a);
        b = staticPair(b);
        if (Values.isString(a) && Values.isString(b)) return key(Convert.toStr(a)).equals(key(Convert.toStr(b)));
        if (a instanceof PhpArray x && b instanceof PhpArray y && x.size() == 2 && y.size() == 2) {
            Object xo = x.lookup(0L), yo = y.lookup(0L), xm = x.lookup(1L), ym = y.lookup(1L);
            boolean sameObj = xo instanceof PhpObject || yo instanceof PhpObject ? xo == yo
                    : Values.isString(xo) && Values.isString(yo) && key(Convert.toStr(xo)).equals(key(Convert.toStr(yo)));
            return sameObj && Values.isString(xm) && Values.isString(ym) && key(Convert.toStr(xm)).equals(key(Convert.toStr(ym)));
        }
        return false;
    }

    /** A "A::m" callable string as the array [A, m]; other callables as they are. */
    private static Object staticPair(Object c) {
        if (!Values.isString(c)) return c;
        String s = Convert.toStr(c);
        int sep = s.indexOf("::");
        return sep > 0 ? PhpArray.of(s.substring(0, sep), s.substring(sep + 2)) : c;
    }

    private static String key(String s) { return (s.startsWith("\\") ? s.substring(1) : s).toLowerCase(Locale.ROOT); }

    // ---- class_implements, class_parents

    public static Object class_implements(Context ctx, Object object_or_class) { return class_implements(ctx, object_or_class, true); }

    public static Object class_implements(Context ctx, Object object_or_class, Object autoload) {
        PhpClass c = classArg(ctx, "class_implements", object_or_class, autoload);
        if (c == null) return Boolean.FALSE;
        PhpArray out = new PhpArray();
        for (PhpClass i : Spl.interfacesOf(c)) if (i != c) out.putStr(i.name, i.name);
        return out;
    }

    public static Object class_parents(Context ctx, Object object_or_class) { return class_parents(ctx, object_or_class, true); }

    public static Object class_parents(Context ctx, Object object_or_class, Object autoload) {
        PhpClass c = classArg(ctx, "class_parents", object_or_class, autoload);
        if (c == null) return Boolean.FALSE;
        PhpArray out = new PhpArray();
        for (PhpClass p = c.parent; p != null; p = p.parent) out.putStr(p.name, p.name);
        return out;
    }

    private static PhpClass classArg(Context ctx, String fn, Object v, Object autoload) {
        if (v instanceof PhpObject o) return o.cls;
        if (!Values.isString(v)) {
            throw new PhpError("TypeError", fn + "(): Argument #1 ($object_or_class) must be of type object|string, "
                    + Values.typeName(v) + " given");
        }
        String name = Convert.toStr(v);
        boolean load = autoload == Values.UNDEF || Convert.toBool(autoload);
        PhpClass c = load ? ctx.loadClass(name) : ctx.findClass(name);
        if (c == null) ctx.warning(fn + "(): Class " + name + " does not exist" + (load ? " and could not be loaded" : ""));
        return c;
    }

    // ---- iterators and objects

    public static PhpArray iterator_to_array(Context ctx, Object iterator) { return iterator_to_array(ctx, iterator, true); }

    public static PhpArray iterator_to_array(Context ctx, Object iterator, Object preserve_keys) {
        boolean keys = preserve_keys == Values.UNDEF || Convert.toBool(preserve_keys);
        if (iterator instanceof PhpArray a) {
            if (keys) return a;
            PhpArray out = new PhpArray();
            for (int p = a.firstPos(); p >= 0; p = a.nextPos(p)) out.append(Values.copyOnAssign(a.valueAt(p)));
            return out;
        }
        PhpObject it = traversable(iterator, "iterator_to_array");
        PhpArray out = new PhpArray();
        for (; Spl.iterValid(it); Spl.iterNext(it)) {
            Object v = Spl.iterCurrent(it);
            if (!keys) {
                out.append(v);
                continue;
            }
            Object k = Spl.iterKey(it);
            if (k == null) k = "";
            Spl.putIterKey(out, k, v);
        }
        return out;
    }

    public static long iterator_count(Context ctx, Object iterator) {
        if (iterator instanceof PhpArray a) return a.size();
        PhpObject it = traversable(iterator, "iterator_count");
        long n = 0;
        for (; Spl.iterValid(it); Spl.iterNext(it)) n++;
        return n;
    }

    public static long iterator_apply(Context ctx, Object iterator, Object callback) {
        return iterator_apply(ctx, iterator, callback, null);
    }

    /** Calls {@code callback(...args)} at each position of the iterator while it returns true; the number of calls. */
    public static long iterator_apply(Context ctx, Object iterator, Object callback, Object args) {
        Object a = Values.deref(args);
        if (a != null && a != Values.UNDEF && !(a instanceof PhpArray)) {
            throw new PhpError("TypeError", "iterator_apply(): Argument #3 ($args) must be of type ?array, " + Values.typeName(a) + " given");
        }
        if (!(Values.deref(iterator) instanceof PhpObject o) || !o.cls.isA("traversable")) {
            throw new PhpError("TypeError", "iterator_apply(): Argument #1 ($iterator) must be of type Traversable, "
                    + Values.typeName(Values.deref(iterator)) + " given");
        }
        Object f = phpgoc.runtime.ext.standard.Callbacks.callback(ctx, callback, "iterator_apply", 2, "callback");
        Object[] argv = new Object[0];
        if (a instanceof PhpArray list) {
            argv = new Object[list.size()];
            int i = 0;
            for (int p = list.firstPos(); p >= 0; p = list.nextPos(p)) argv[i++] = Values.copyOnAssign(Values.deref(list.valueAt(p)));
        }
        PhpObject it = traversable(iterator, "iterator_apply");
        long n = 0;
        for (; Spl.iterValid(it); Spl.iterNext(it)) {
            n++;
            if (!Convert.toBool(phpgoc.runtime.Calls.callValue(ctx, f, argv.clone()))) break;
        }
        return n;
    }

    private static PhpObject traversable(Object v, String fn) {
        PhpObject it = Spl.foreachIterator(v);
        if (it == null) {
            throw new PhpError("TypeError", fn + "(): Argument #1 ($iterator) must be of type Traversable|array, "
                    + Values.typeName(v) + " given");
        }
        return it;
    }

    public static String spl_object_hash(Object object) {
        if (!(object instanceof PhpObject o)) {
            throw new PhpError("TypeError", "spl_object_hash(): Argument #1 ($object) must be of type object, "
                    + Values.typeName(object) + " given");
        }
        return String.format("%016x0000000000000000", o.id);
    }

    public static PhpArray get_mangled_object_vars(Object object) {
        if (!(object instanceof PhpObject o)) {
            throw new PhpError("TypeError", "get_mangled_object_vars(): Argument #1 ($object) must be of type object, "
                    + Values.typeName(object) + " given");
        }
        return ObjectArrays.mangled(o);
    }
}
