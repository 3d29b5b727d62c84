package phpgoc.runtime.ext.reflection;

import static phpgoc.runtime.BuiltinMethods.params;
import static phpgoc.runtime.ext.reflection.Reflections.FINAL;
import static phpgoc.runtime.ext.reflection.Reflections.PUB;
import static phpgoc.runtime.ext.reflection.Reflections.STATIC;
import static phpgoc.runtime.ext.reflection.Reflections.fail;
import static phpgoc.runtime.ext.reflection.Reflections.h;
import static phpgoc.runtime.ext.reflection.Reflections.str;
import static phpgoc.runtime.ext.reflection.Reflections.target;

import java.lang.invoke.MethodHandles;
import java.util.Locale;
import phpgoc.runtime.ArgList;
import phpgoc.runtime.Callables;
import phpgoc.runtime.Calls;
import phpgoc.runtime.ClassTemplate;
import phpgoc.runtime.Closure;
import phpgoc.runtime.Context;
import phpgoc.runtime.Introspect;
import phpgoc.runtime.MethodInfo;
import phpgoc.runtime.ParamInfo;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.PhpClass;
import phpgoc.runtime.PhpError;
import phpgoc.runtime.PhpFunction;
import phpgoc.runtime.PhpObject;
import phpgoc.runtime.UserFunction;
import phpgoc.runtime.Values;

/** {@code ReflectionFunctionAbstract}, {@code ReflectionFunction} and {@code ReflectionMethod}. */
final class RFunction {
    private RFunction() {}

    static final MethodHandles.Lookup L = MethodHandles.lookup();

    /** Evaluates a metadata key (a parameter default, an attribute argument) where it was declared. */
    interface Eval { Object eval(Context ctx, int key); }

    /**
     * A function as Reflection sees it: a method ({@code method} set, {@code cls} the class it was
     * reflected through), a named function ({@code fn}) or a closure ({@code closure}).
     */
    record Func(String name, PhpClass cls, MethodInfo method, PhpFunction fn, Closure closure, ParamInfo[] params,
                Meta.Fn meta, Eval eval) {
        Func {
            // the hidden parameter of a function using func_get_args() is no PHP parameter
            if (params.length > 0 && params[params.length - 1].hidden()) params = java.util.Arrays.copyOf(params, params.length - 1);
        }

        boolean internal() { return meta == null; }

        /** php's name in messages: {@code A::m} or {@code f}. */
        String display() { return method != null ? declaring().name + "::" + name : name; }

        PhpClass declaring() { return method == null ? null : Introspect.declaringClass(cls, method); }

        boolean isStatic() {
            if (method != null) return method.isStatic();
            return closure != null && closure.isStatic();
        }
    }

    static Func ofMethod(PhpClass cls, MethodInfo m) {
        Meta.Fn meta = Meta.fn(m.meta());
        ClassTemplate t = m.metaTemplate();
        ParamInfo[] ps = m.params;
        if (m.isAbstract() && meta != null && ps.length < meta.params().size()) {
            // an abstract method has no body, so its template has no parameters: they come from the metadata
            ps = new ParamInfo[meta.params().size()];
            for (int i = 0; i < ps.length; i++) {
                Meta.Param p = meta.params().get(i);
                ps[i] = new ParamInfo(p.name(), p.has(Meta.BY_REF), p.has(Meta.VARIADIC), p.has(Meta.OPTIONAL));
            }
        }
        return new Func(m.name, cls, m, null, null, ps, meta, (c, k) -> t.evaluate(c, k));
    }

    static Func ofFunction(PhpFunction f) {
        if (f instanceof UserFunction u) {
            return new Func(f.name(), null, null, f, null, f.params(), Meta.fn(u.unit().reflectMeta(u.index())),
                    (c, k) -> u.unit().reflectEval(c, k));
        }
        return new Func(f.name(), null, null, f, null, f.params(), null, null);
    }

    static Func ofClosure(Context ctx, Closure c) {
        if (c.method() != null) {
            PhpClass cls = Introspect.classOf(ctx, c.method().declaring);
            Func m = ofMethod(cls, c.method());
            return new Func(m.name, cls, m.method, null, c, m.params, m.meta, m.eval);
        }
        if (c.target() != null) {
            Func f = ofFunction(c.target());
            return new Func(f.name, null, null, f.fn, c, f.params, f.meta, f.eval);
        }
        return new Func(c.name(), null, null, c.fn, c, c.params(), Meta.fn(c.unit().reflectMeta(c.index())),
                (k, i) -> c.unit().reflectEval(k, i));
    }

    static void declare() {
        ClassTemplate fa = Reflections.cls("ReflectionFunctionAbstract", ClassTemplate.KIND_CLASS, Reflections.ABS, null, "Reflector");
        fa.prop("name", PUB, -1);
        fa.method("getName", PUB, h(L, "getName", 0), params())
                .method("getShortName", PUB, h(L, "getShortName", 0), params())
                .method("getNamespaceName", PUB, h(L, "getNamespaceName", 0), params())
                .method("inNamespace", PUB, h(L, "inNamespace", 0), params())
                .method("getParameters", PUB, h(L, "getParameters", 0), params())
                .method("getNumberOfParameters", PUB, h(L, "getNumberOfParameters", 0), params())
                .method("getNumberOfRequiredParameters", PUB, h(L, "getNumberOfRequiredParameters", 0), params())
                .method("getReturnType", PUB, h(L, "getReturnType", 0), params())
                .method("hasReturnType", PUB, h(L, "hasReturnType", 0), params())
                .method("isVariadic", PUB, h(L, "isVariadic", 0), params())
                .method("returnsReference", PUB, h(L, "returnsReference", 0), params())
                .method("getAttributes", PUB, h(L, "getAttributes", 2), params("?name", "?flags"))
                .method("getDocComment", PUB, h(L, "getDocComment", 0), params())
                .method("isUserDefined", PUB, h(L, "isUserDefined", 0), params())
                .method("isInternal", PUB, h(L, "isInternal", 0), params())
                .method("isClosure", PUB, h(L, "isClosure", 0), params())
                .method("isDeprecated", PUB, h(L, "isDeprecated", 0), params())
                .method("isGenerator", PUB, h(L, "isGenerator", 0), params())
                .method("isStatic", PUB, h(L, "isStatic", 0), params())
                .method("getFileName", PUB, h(L, "getFileName", 0), params())
                .method("getStartLine", PUB, h(L, "getStartLine", 0), params())
                .method("getEndLine", PUB, h(L, "getEndLine", 0), params())
                .method("getClosureThis", PUB, h(L, "getClosureThis", 0), params())
                .method("getClosureScopeClass", PUB, h(L, "getClosureScopeClass", 0), params());
        RFunctionVars.declare(fa);
        ClassTemplate f = Reflections.cls("ReflectionFunction", "ReflectionFunctionAbstract");
        Reflections.constant(f, "IS_DEPRECATED", 2048L);
        f.method("__construct", PUB, h(L, "fnConstruct", 1), params("function"))
                .method("invoke", PUB, h(L, "fnInvoke", 1), params("...args"))
                .method("invokeArgs", PUB, h(L, "fnInvokeArgs", 1), params("?args"))
                .method("getClosure", PUB, h(L, "fnGetClosure", 0), params())
                .method("isAnonymous", PUB, h(L, "isAnonymous", 0), params());
        ClassTemplate m = Reflections.cls("ReflectionMethod", "ReflectionFunctionAbstract");
        m.prop("class", PUB, -1);
        for (String[] c : new String[][] {{"IS_STATIC", "16"}, {"IS_PUBLIC", "1"}, {"IS_PROTECTED", "2"},
                {"IS_PRIVATE", "4"}, {"IS_ABSTRACT", "64"}, {"IS_FINAL", "32"}}) {
            Reflections.constant(m, c[0], Long.parseLong(c[1]));
        }
        m.method("__construct", PUB, h(L, "mConstruct", 2), params("objectOrMethod", "?method"))
                .method("isPublic", PUB, h(L, "isPublic", 0), params())
                .method("isPrivate", PUB, h(L, "isPrivate", 0), params())
                .method("isProtected", PUB, h(L, "isProtected", 0), params())
                .method("isAbstract", PUB, h(L, "isAbstract", 0), params())
                .method("isFinal", PUB, h(L, "isFinal", 0), params())
                .method("isConstructor", PUB, h(L, "isConstructor", 0), params())
                .method("isDestructor", PUB, h(L, "isDestructor", 0), params())
                .method("getModifiers", PUB, h(L, "getModifiers", 0), params())
                .method("getDeclaringClass", PUB, h(L, "getDeclaringClass", 0), params())
                .method("invoke", PUB, h(L, "mInvoke", 2), params("object", "...args"))
                .method("invokeArgs", PUB, h(L, "mInvokeArgs", 2), params("object", "?args"))
                .method("getClosure", PUB, h(L, "mGetClosure", 1), params("?object"))
                .method("setAccessible", PUB, h(L, "setAccessible", 1), params("accessible"));
        RFunctionText.declare(f, m);
        Reflections.cls("Reflection", null).method("getModifierNames", PUB | STATIC | FINAL * 0,
                h(L, "getModifierNames", 1), params("modifiers"));
    }

    private static Func fn(Object self) { return target(self, Func.class); }

    /** A new ReflectionMethod for {@code m} reflected through {@code cls}. */
    static PhpObject methodObject(Context ctx, PhpClass cls, MethodInfo m) {
        Func f = ofMethod(cls, m);
        PhpObject o = Reflections.make(ctx, "ReflectionMethod", f);
        init(ctx, o, f);
        return o;
    }

    private static void init(Context ctx, Object self, Func f) {
        Reflections.setTarget(self, f);
        Reflections.prop(ctx, self, "name", f.name);
        if (f.method != null && ((PhpObject) self).cls.isA("reflectionmethod")) Reflections.prop(ctx, self, "class", f.declaring().name);
    }

    // ---- construction

    static Object fnConstruct(Context ctx, ClassTemplate self, Object t, Object function) {
        Object v = Values.deref(function);
        if (v instanceof Closure c) {
            init(ctx, t, ofClosure(ctx, c));
            return null;
        }
        String name = str(v);
        String plain = name.startsWith("\\") ? name.substring(1) : name;
        PhpFunction f = ctx.findFunction(plain);
        if (f == null) f = phpgoc.runtime.ext.Builtins.function(lower(plain));
        if (f == null) throw fail("Function " + plain + "() does not exist");
        init(ctx, t, ofFunction(f));
        return null;
    }

    static Object mConstruct(Context ctx, ClassTemplate self, Object t, Object objectOrMethod, Object method) {
        Object v = Values.deref(objectOrMethod);
        String name;
        if (!Reflections.given(method) || Values.deref(method) == null) {
            String s = str(v);
            int sep = s.indexOf("::");
            if (sep < 0) {
                throw new PhpError("ReflectionException", "ReflectionMethod::__construct(): Argument #1 ($objectOrMethod) must be a valid method name");
            }
            v = s.substring(0, sep);
            name = s.substring(sep + 2);
        } else {
            name = str(method);
        }
        PhpClass cls = RClass.classArg(ctx, v);
        MethodInfo m = Introspect.method(cls, name);
        if (m == null) throw fail("Method " + cls.name + "::" + name + "() does not exist");
        init(ctx, t, ofMethod(cls, m));
        return null;
    }

    // ---- ReflectionFunctionAbstract

    static Object getName(Context ctx, ClassTemplate self, Object t) { return fn(t).name; }

    static Object getShortName(Context ctx, ClassTemplate self, Object t) {
        String n = fn(t).name;
        return n.substring(n.lastIndexOf('\\') + 1);
    }

    static Object getNamespaceName(Context ctx, ClassTemplate self, Object t) {
        String n = fn(t).name;
        int i = n.lastIndexOf('\\');
        return i < 0 ? "" : n.substring(0, i);
    }

    static Object inNamespace(Context ctx, ClassTemplate self, Object t) { return fn(t).name.lastIndexOf('\\') >= 0; }

    static Object getParameters(Context ctx, ClassTemplate self, Object t) {
        Func f = fn(t);
        PhpArray out = new PhpArray();
        for (int i = 0; i < f.params.length; i++) out.append(RParam.make(ctx, f, i));
        return out;
    }

    static Object getNumberOfParameters(Context ctx, ClassTemplate self, Object t) { return (long) fn(t).params.length; }

    static Object getNumberOfRequiredParameters(Context ctx, ClassTemplate self, Object t) {
        ParamInfo[] ps = fn(t).params;
        long n = 0;
        for (int i = 0; i < ps.length; i++) if (!ps[i].optional()) n = i + 1;
        return n;
    }

    static Object getReturnType(Context ctx, ClassTemplate self, Object t) {
        Meta.Fn m = fn(t).meta;
        return m == null ? null : RParam.type(ctx, m.returnType());
    }

    static Object hasReturnType(Context ctx, ClassTemplate self, Object t) {
        Meta.Fn m = fn(t).meta;
        return m != null && !m.returnType().isEmpty();
    }

    static Object isVariadic(Context ctx, ClassTemplate self, Object t) {
        ParamInfo[] ps = fn(t).params;
        return ps.length > 0 && ps[ps.length - 1].variadic();
    }

    static Object returnsReference(Context ctx, ClassTemplate self, Object t) {
        Meta.Fn m = fn(t).meta;
        return m != null && m.has(Meta.REF_RETURN);
    }

    static Object getAttributes(Context ctx, ClassTemplate self, Object t, Object name, Object flags) {
        Func f = fn(t);
        int target = f.method != null ? RAttribute.TARGET_METHOD : RAttribute.TARGET_FUNCTION;
        return RAttribute.list(ctx, f.meta == null ? null : f.meta.attrs(), f.eval, target, name, flags);
    }

    static Object getDocComment(Context ctx, ClassTemplate self, Object t) {
        Meta.Fn m = fn(t).meta;
        return m == null || m.doc() == null ? Boolean.FALSE : m.doc();
    }

    static Object isUserDefined(Context ctx, ClassTemplate self, Object t) { return !fn(t).internal(); }

    static Object isInternal(Context ctx, ClassTemplate self, Object t) { return fn(t).internal(); }

    static Object isClosure(Context ctx, ClassTemplate self, Object t) {
        Func f = fn(t);
        return f.closure != null && f.closure.target() == null && f.closure.method() == null;
    }

    static Object isAnonymous(Context ctx, ClassTemplate self, Object t) { return isClosure(ctx, self, t); }

    static Object isDeprecated(Context ctx, ClassTemplate self, Object t) { return false; }

    static Object isGenerator(Context ctx, ClassTemplate self, Object t) {
        Meta.Fn m = fn(t).meta;
        return m != null && m.has(Meta.GENERATOR);
    }

    static Object isStatic(Context ctx, ClassTemplate self, Object t) { return fn(t).isStatic(); }

    static Object getFileName(Context ctx, ClassTemplate self, Object t) {
        Func f = fn(t);
        if (f.internal()) return false;
        if (f.method != null) return f.method.metaTemplate().file;
        if (f.fn instanceof UserFunction u) return u.file;
        return f.closure != null && f.closure.unit() != null ? f.closure.unit().path() : Boolean.FALSE;
    }

    static Object getStartLine(Context ctx, ClassTemplate self, Object t) {
        Meta.Fn m = fn(t).meta;
        return m == null ? Boolean.FALSE : (Object) (long) m.startLine();
    }

    static Object getEndLine(Context ctx, ClassTemplate self, Object t) {
        Meta.Fn m = fn(t).meta;
        return m == null ? Boolean.FALSE : (Object) (long) m.endLine();
    }

    static Object getClosureThis(Context ctx, ClassTemplate self, Object t) {
        Closure c = fn(t).closure;
        return c == null ? null : c.thisValue();
    }

    static Object getClosureScopeClass(Context ctx, ClassTemplate self, Object t) {
        Closure c = fn(t).closure;
        if (c == null || c.scope == null) return null;
        PhpClass cls = Introspect.classOf(ctx, c.scope);
        return cls == null ? null : RClass.make(ctx, cls);
    }

    // ---- ReflectionFunction

    private static Object callee(Func f) { return f.closure != null ? f.closure : f.fn.name(); }

    static Object fnInvoke(Context ctx, ClassTemplate self, Object t, Object args) {
        return Calls.callValue(ctx, callee(fn(t)), argList(ctx, fn(t), args));
    }

    static Object fnInvokeArgs(Context ctx, ClassTemplate self, Object t, Object args) {
        return Calls.callValue(ctx, callee(fn(t)), argList(ctx, fn(t), args));
    }

    /** The arguments of an invoke: an array's elements (string keys named); php warns for values given to by-reference parameters. */
    private static ArgList argList(Context ctx, Func f, Object args) {
        if (!Reflections.given(args)) return new ArgList();
        PhpArray a = (PhpArray) Values.deref(args);
        int i = 0;
        for (int p = a.firstPos(); p >= 0; p = a.nextPos(p), i++) {
            if (!(a.keyAt(p) instanceof Long) || i >= f.params.length) continue;
            if (f.params[i].byRef() && !(a.rawValueAt(p) instanceof phpgoc.runtime.Ref)) {
                ctx.warning(f.display() + "(): Argument #" + (i + 1) + " ($" + f.params[i].name() + ") must be passed by reference, value given");
            }
        }
        return new ArgList().spread(a);
    }

    static Object fnGetClosure(Context ctx, ClassTemplate self, Object t) {
        Func f = fn(t);
        if (f.closure != null) return f.closure;
        return Callables.fromCallable(ctx, f.fn.name(), null);
    }

    // ---- ReflectionMethod

    private static MethodInfo m(Object self) { return fn(self).method; }

    static Object isPublic(Context ctx, ClassTemplate self, Object t) { return !m(t).isPrivate() && !m(t).isProtected(); }

    static Object isPrivate(Context ctx, ClassTemplate self, Object t) { return m(t).isPrivate(); }

    static Object isProtected(Context ctx, ClassTemplate self, Object t) { return m(t).isProtected(); }

    static Object isAbstract(Context ctx, ClassTemplate self, Object t) {
        return m(t).isAbstract() || (m(t).flags & ClassTemplate.ABSTRACT) != 0;
    }

    static Object isFinal(Context ctx, ClassTemplate self, Object t) { return (m(t).flags & ClassTemplate.FINAL) != 0; }

    static Object isConstructor(Context ctx, ClassTemplate self, Object t) { return m(t).name.equalsIgnoreCase("__construct"); }

    static Object isDestructor(Context ctx, ClassTemplate self, Object t) { return m(t).name.equalsIgnoreCase("__destruct"); }

    static Object getModifiers(Context ctx, ClassTemplate self, Object t) {
        MethodInfo m = m(t);
        int flags = m.flags | (m.isAbstract() ? ClassTemplate.ABSTRACT : 0);
        return Reflections.phpModifiers(flags & ~ClassTemplate.READONLY);
    }

    static Object getDeclaringClass(Context ctx, ClassTemplate self, Object t) { return RClass.make(ctx, fn(t).declaring()); }

    /** The {@code $this} (or class, for a static method) a ReflectionMethod invocation runs with. */
    private static Object receiver(Context ctx, Func f, Object object) {
        MethodInfo m = f.method;
        if (m.isAbstract()) throw fail("Trying to invoke abstract method " + f.display() + "()");
        if (m.isStatic()) return f.cls;
        Object o = Values.deref(object);
        if (!(o instanceof PhpObject po)) {
            throw fail("Trying to invoke non static method " + f.display() + "() without an object");
        }
        if (!po.cls.isSubclassOf(f.declaring())) throw fail("Given object is not an instance of the class this method was declared in");
        return po;
    }

    static Object mInvoke(Context ctx, ClassTemplate self, Object t, Object object, Object args) {
        Func f = fn(t);
        Object recv = receiver(ctx, f, Reflections.given(object) ? object : null);
        return f.method.invoke(ctx, recv, argList(ctx, f, args).bind(f.method));
    }

    static Object mInvokeArgs(Context ctx, ClassTemplate self, Object t, Object object, Object args) {
        Func f = fn(t);
        Object recv = receiver(ctx, f, Reflections.given(object) ? object : null);
        return f.method.invoke(ctx, recv, argList(ctx, f, args).bind(f.method));
    }

    static Object mGetClosure(Context ctx, ClassTemplate self, Object t, Object object) {
        Func f = fn(t);
        ClassTemplate scope = f.method.declaring;
        if (f.method.isStatic()) return Callables.staticCallable(ctx, f.cls, f.name, scope, null);
        Object recv = receiver(ctx, f, Reflections.given(object) ? object : null);
        return Callables.methodCallable(recv, ctx, f.name, scope);
    }

    static Object setAccessible(Context ctx, ClassTemplate self, Object t, Object accessible) { return null; }

    static Object getModifierNames(Context ctx, ClassTemplate self, Object t, Object modifiers) {
        long m = Reflections.num(modifiers, 0);
        PhpArray out = new PhpArray();
        if ((m & 64) != 0) out.append("abstract");
        if ((m & 32) != 0) out.append("final");
        if ((m & 1) != 0) out.append("public");
        else if ((m & 4) != 0) out.append("private");
        else if ((m & 2) != 0) out.append("protected");
        if ((m & 16) != 0) out.append("static");
        if ((m & (128 | 65536)) != 0) out.append("readonly");
        return out;
    }

    static String lower(String s) { return s.toLowerCase(Locale.ROOT); }
}
