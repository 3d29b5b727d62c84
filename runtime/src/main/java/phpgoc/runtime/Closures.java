package phpgoc.runtime;

import static phpgoc.runtime.BuiltinMethods.params;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.List;

/**
 * The built-in class {@code Closure}: {@code bind}, {@code bindTo}, {@code call},
 * {@code fromCallable}, {@code __invoke} (php 8.2's zend_closure.c, warnings included), and what
 * the dumpers show of a closure ({@code static}, {@code this}, {@code parameter}).
 */
public final class Closures {
    private Closures() {}

    private static final int PUB = ClassTemplate.PUBLIC, STATIC = ClassTemplate.STATIC;

    public static final ClassTemplate TEMPLATE = new ClassTemplate("Closure", ClassTemplate.KIND_CLASS,
            ClassTemplate.FINAL, null, new String[0], null, null, 0);

    static {
        TEMPLATE.method("bind", PUB | STATIC, h("bind", 3), params("closure", "newThis", "?newScope"))
                .method("bindTo", PUB, h("bindTo", 2), params("newThis", "?newScope"))
                .method("call", PUB, h("call", 2), params("newThis", "...args"))
                .method("fromCallable", PUB | STATIC, h("fromCallable", 1), params("callback"))
                .method("__invoke", PUB, h("invoke", 1), params("...args"));
    }

    private static MethodHandle h(String name, int n) { return BuiltinMethods.body(MethodHandles.lookup(), name, n); }

    // ---- the methods

    static Object bind(Context ctx, ClassTemplate self, Object cls, Object closure, Object newThis, Object newScope) {
        if (!(Values.deref(closure) instanceof Closure c)) {
            throw new PhpError("TypeError", "Closure::bind(): Argument #1 ($closure) must be of type Closure, "
                    + Values.typeName(Values.deref(closure)) + " given");
        }
        return rebind(ctx, c, newThis, newScope, "Closure::bind", 2);
    }

    static Object bindTo(Context ctx, ClassTemplate self, Object thisObj, Object newThis, Object newScope) {
        return rebind(ctx, (Closure) thisObj, newThis, newScope, "Closure::bindTo", 1);
    }

    static Object call(Context ctx, ClassTemplate self, Object thisObj, Object newThis, Object args) {
        Closure c = (Closure) thisObj;
        if (!(Values.deref(newThis) instanceof PhpObject o)) {
            throw new PhpError("TypeError", "Closure::call(): Argument #1 ($newThis) must be of type object, "
                    + Values.typeName(Values.deref(newThis)) + " given");
        }
        if (!validBinding(ctx, c, o, o.cls.tpl)) return null;
        PhpArray a = (PhpArray) args;
        Object[] jargs = new Object[a.size()];
        int i = 0;
        for (int p = a.firstPos(); p >= 0; p = a.nextPos(p)) jargs[i++] = a.rawValueAt(p);
        return withBinding(ctx, c, o, o.cls.tpl).call(ctx, jargs);
    }

    static Object fromCallable(Context ctx, ClassTemplate self, Object cls, Object callback) {
        PhpClass caller = Traits.callerClass(ctx);
        return Callables.fromCallable(ctx, callback, caller == null ? null : caller.tpl);
    }

    static Object invoke(Context ctx, ClassTemplate self, Object thisObj, Object args) {
        PhpArray a = (PhpArray) args;
        Object[] jargs = new Object[a.size()];
        int i = 0;
        for (int p = a.firstPos(); p >= 0; p = a.nextPos(p)) jargs[i++] = a.rawValueAt(p);
        return ((Closure) thisObj).call(ctx, jargs);
    }

    // ---- binding

    /** {@code bind}/{@code bindTo}: the new closure, or null after php's warning. */
    private static Object rebind(Context ctx, Closure c, Object newThisArg, Object scopeArg, String fn, int argNo) {
        Object nt = Values.deref(newThisArg);
        if (nt != null && !(nt instanceof PhpObject)) {
            throw new PhpError("TypeError", fn + "(): Argument #" + argNo + " ($newThis) must be of type ?object, "
                    + Values.typeName(nt) + " given");
        }
        PhpObject newThis = (PhpObject) nt;
        Object s = scopeArg == Values.UNDEF ? scopeArg : Values.deref(scopeArg);
        ClassTemplate scope;
        if (s == Values.UNDEF) {
            scope = c.scope;
        } else if (s instanceof PhpObject so) {
            scope = so.cls.tpl;
        } else if (s == null) {
            scope = null;
        } else if (Values.isString(s)) {
            String name = Convert.toStr(s);
            if (name.equals("static")) {
                scope = c.scope;
            } else {
                PhpClass k = ctx.loadClass(name);
                if (k == null) {
                    ctx.warning("Class \"" + name + "\" not found");
                    return null;
                }
                scope = k.tpl;
            }
        } else {
            throw new PhpError("TypeError", fn + "(): Argument #" + (argNo + 1) + " ($newScope) must be of type "
                    + "object|string|null, " + Values.typeName(s) + " given");
        }
        if (!validBinding(ctx, c, newThis, scope)) return null;
        return withBinding(ctx, c, newThis, scope);
    }

    /** php's zend_valid_closure_binding: false after its warning. */
    private static boolean validBinding(Context ctx, Closure c, PhpObject newThis, ClassTemplate scope) {
        boolean fake = c.target != null;
        ClassTemplate funcScope = fake ? (c.method == null ? null : c.method.declaring) : c.scope;
        if (newThis != null) {
            if (c.isStatic()) {
                ctx.warning("Cannot bind an instance to a static closure");
                return false;
            }
            if (fake && c.method != null && !newThis.cls.isSubclassOf(ctx.classOf(c.method.declaring))) {
                ctx.warning("Cannot bind method " + c.method.display() + "() to object of class " + newThis.cls.name);
                return false;
            }
        } else if (fake && c.method != null && !c.method.isStatic()) {
            ctx.warning("Cannot unbind $this of method");
            return false;
        } else if (!fake && c.thisObject instanceof PhpObject && (c.closureFlags & Closure.USES_THIS) != 0) {
            ctx.warning("Cannot unbind $this of closure using $this");
            return false;
        }
        if (scope != null && scope != funcScope && scope.file == null) {
            ctx.warning("Cannot bind closure to scope of internal class " + scope.name);
            return false;
        }
        if (fake && scope != funcScope) {
            ctx.warning(funcScope == null ? "Cannot rebind scope of closure created from function"
                    : "Cannot rebind scope of closure created from method");
            return false;
        }
        return true;
    }

    /** A copy of {@code c} with {@code $this} {@code newThis} and scope {@code scope} (checked). */
    private static Closure withBinding(Context ctx, Closure c, PhpObject newThis, ClassTemplate scope) {
        if (newThis != null && scope == null) scope = TEMPLATE; // php's dummy scope for an object without one
        Object thisOrStatic = newThis != null ? newThis : scope == null ? null : ctx.classOf(scope);
        if (c.target != null) {
            PhpFunction f = c.target;
            if (c.method != null) {
                f = c.target instanceof Callables.Bound ? new Callables.Bound(c.method, thisOrStatic) : c.target;
            }
            return new Closure(ctx, c.name, c.params, null, -1, null, null, thisOrStatic, scope, c.closureFlags, f, c.method);
        }
        Object[] bound = c.bound == null ? null : new Object[c.bound.length];
        for (int i = 0; bound != null && i < bound.length; i++) {
            Object v = c.bound[i];
            bound[i] = v instanceof Ref ? v : Values.copyOnAssign(v);
        }
        Closure copy = new Closure(ctx, c.name, c.params, c.unit, c.index, bound, c.uses, thisOrStatic, scope, c.closureFlags, null, null);
        for (int i = bound == null ? 0 : bound.length; c.uses != null && i < c.uses.length; i++) {
            // php duplicates the static variables with the closure
            String key = c.uses[i].substring(1);
            Ref r = ctx.staticVar(Ops.closureStaticKey(key, c));
            if (r != null) ctx.initStatic(Ops.closureStaticKey(key, copy), Values.copyOnAssign(r.get()));
        }
        return copy;
    }

    /**
     * A closure literal that was only called ({@code (function () {...})()}) or only passed to a
     * library function that does not keep its callback dies there: its object id is free again.
     * (Nothing can hold a closure literal but its caller: its body cannot reach itself.)
     */
    public static void releaseTemporary(Context ctx, Object v) {
        if (v instanceof Closure c && (((PhpObject) c).flags & (PhpObject.ESCAPED | PhpObject.FREED)) == 0) {
            ((PhpObject) c).flags |= PhpObject.FREED;
            ctx.freeObjectId(c.id);
        }
    }

    /** {@code __CLASS__} in a closure declared in a trait: its scope's name. */
    public static String scopeName(ClassTemplate scope) { return scope == null ? "" : scope.name; }

    /** {@code clone $closure}. */
    static Closure copy(Context ctx, Closure c) { return withBinding(ctx, c, c.thisValue(), c.scope); }

    // ---- what var_dump shows

    /** The value of the constant initialiser of static variable {@code key} of closure {@code c}'s body (null without one). */
    private static Object staticInitial(Closure c, String key) {
        phpgoc.runtime.ext.reflection.Meta.Fn m = phpgoc.runtime.ext.reflection.Meta.fn(c.unit.reflectMeta(c.index));
        for (int i = 0; m != null && i < m.statics().size(); i++) {
            phpgoc.runtime.ext.reflection.Meta.StaticVar v = m.statics().get(i);
            if (v.key().equals(key)) return v.initKey() < 0 ? null : c.unit.reflectEval(Context.current(), v.initKey());
        }
        return null;
    }

    /** The pseudo-properties php's closure debug handler returns. */
    static List<ObjectOps.Property> debugProperties(Closure c) {
        List<ObjectOps.Property> out = new ArrayList<>();
        if (c.target != null) {
            String name = c.method != null ? c.method.display() : c.target.name();
            out.add(new ObjectOps.Property("function", "", name));
        }
        if (c.uses != null) {
            PhpArray st = new PhpArray();
            int captured = c.bound == null ? 0 : c.bound.length;
            for (int i = 0; i < captured; i++) {
                Object v = c.bound[i];
                if (v instanceof Ref r) {
                    // the closure holds the reference besides the variable it came from: php shows &
                    Ref shown = new Ref(r.value);
                    shown.binds = 2;
                    v = shown;
                }
                st.put(c.uses[i], v);
            }
            for (int i = captured; i < c.uses.length; i++) {
                // a static variable: its current value (its initialiser's before the body first declared it)
                String key = c.uses[i].substring(1);
                Ref r = Context.current().staticVar(Ops.closureStaticKey(key, c));
                st.put(key.substring(key.lastIndexOf("::") + 2), r == null ? staticInitial(c, key) : r.get());
            }
            if (st.size() > 0) out.add(new ObjectOps.Property("static", "", st));
        }
        if (c.thisObject instanceof PhpObject o) out.add(new ObjectOps.Property("this", "", o));
        ParamInfo[] ps = c.params;
        if (ps != null && ps.length > 0) {
            PhpArray pa = new PhpArray();
            for (ParamInfo p : ps) {
                if (p.hidden()) continue;
                pa.put((p.byRef() ? "&$" : "$") + p.name(), p.optional() || p.variadic() ? "<optional>" : "<required>");
            }
            if (pa.size() > 0) out.add(new ObjectOps.Property("parameter", "", pa));
        }
        return out;
    }
}
