package phpgoc.runtime.link;

import java.lang.invoke.CallSite;
import java.lang.invoke.ConstantCallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.MutableCallSite;
import phpgoc.runtime.ClassTemplate;
import phpgoc.runtime.Context;
import phpgoc.runtime.Destructors;
import phpgoc.runtime.MethodInfo;
import phpgoc.runtime.ObjectOps;
import phpgoc.runtime.PhpClass;
import phpgoc.runtime.PhpError;
import phpgoc.runtime.PhpObject;

/**
 * The one bootstrap of phpgoc's {@code invokedynamic} sites. The site name is {@code op:member};
 * the optional static arguments are the calling code's class template (visibility scope) and an
 * int of site flags ({@link #STRICT}).
 * <ul>
 *   <li>{@code callMethod:m} {@code (Object recv, Context, Object... args)Object};
 *   <li>{@code getProp:x} {@code (Object recv, Context)Object};
 *   <li>{@code setProp:x} {@code (Object recv, Context, Object value)void};
 *   <li>{@code refMask:m} {@code (Object recv, Context)int}: which arguments {@code m} takes by
 *       reference ({@code ByRefArgs}), a constant per layout.
 *   <li>{@code classRef:A} {@code (Context)PhpClass} ({@link ClassRefSite});
 *   <li>{@code construct:new} {@code (Context, Object obj, Object... args)Object}: the constructor of a new {@code obj};
 *   <li>{@code callValue:}, {@code callUser:}, {@code callUserList:} {@code (Context, Object callable, Object[] args)Object} and
 *       {@code callUserArray:} {@code (Context, Object callable, Object args)Object}, {@code callUserPair:} and
 *       {@code callUserListPair:} {@code (Context, Object o, Object m, Object[] args)Object} ({@link ValueCallSite});
 *   <li>{@code callMethodNamed:} {@code (Object recv, Context, String name, ClassTemplate scope, Object[] args)Object}
 *       and {@code refMaskNamed:} {@code (Object recv, Context, String name, ClassTemplate scope)int}:
 *       {@code $o->$name(...)} ({@link MethodNameSite}).
 * </ul>
 * Property and class sites are constant call sites bound to a Java-coded cache ({@link PropSite},
 * {@link ClassRefSite}: see there why); the method and constructor sites are as follows.
 * Each site is an inline cache keyed on the receiver's layout class (which determines the class's
 * declaration chain, hence its method table and property slots, in every context): up to
 * {@link #MAX_DEPTH} guarded entries {@code recv.getClass() == L}, then a megamorphic generic
 * target. Linkers in priority order: declared member -> generic slow path; a non-object receiver
 * or an error (visibility, undefined method) is handled by the slow path and never cached.
 */
public final class Bootstrap {
    private Bootstrap() {}

    static final int MAX_DEPTH = 4;
    /** Site flag: the calling file declares strict_types (a typed property then takes exact types). */
    public static final int STRICT = 1;
    private static final MethodHandles.Lookup L = MethodHandles.lookup();
    private static final MethodHandle MISS, CLASS_IS, NEW_REF, TRACK, CTOR_FAILED;

    static {
        try {
            MISS = L.findStatic(Bootstrap.class, "miss", MethodType.methodType(Object.class, Site.class, Object[].class));
            CLASS_IS = L.findStatic(Bootstrap.class, "classIs", MethodType.methodType(boolean.class, Class.class, Object.class));
            TRACK = L.findStatic(Destructors.class, "track", MethodType.methodType(void.class, Context.class, PhpObject.class))
                    .asType(MethodType.methodType(void.class, Context.class, Object.class));
            CTOR_FAILED = L.findStatic(Bootstrap.class, "ctorFailed",
                    MethodType.methodType(void.class, PhpError.class, Context.class, Object.class));
            NEW_REF = L.findStatic(Bootstrap.class, "toRef", MethodType.methodType(phpgoc.runtime.Ref.class, Object.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** An inline-cache call site. */
    static final class Site extends MutableCallSite {
        final String op, name;
        final ClassTemplate scope;
        int depth;

        Site(MethodType type, String op, String name, ClassTemplate scope) {
            super(type);
            this.op = op;
            this.name = name;
            this.scope = scope;
            setTarget(MISS.bindTo(this).asCollector(Object[].class, type.parameterCount()).asType(type));
        }
    }

    public static CallSite bootstrap(MethodHandles.Lookup caller, String name, MethodType type, Object... args) {
        int colon = name.indexOf(':');
        ClassTemplate scope = null;
        int flags = 0;
        for (Object a : args) {
            if (a instanceof ClassTemplate t) scope = t;
            else if (a instanceof Integer f) flags = f;
        }
        boolean strict = (flags & STRICT) != 0;
        String op = name.substring(0, colon), member = name.substring(colon + 1);
        return switch (op) {
            case "getProp" -> new ConstantCallSite(PropSite.GET.bindTo(new PropSite(member, scope, false)).asType(type));
            case "setProp" -> new ConstantCallSite(PropSite.SET.bindTo(new PropSite(member, scope, strict)).asType(type));
            case "classRef" -> new ConstantCallSite(ClassRefSite.GET.bindTo(new ClassRefSite(member)));
            case "callValue" -> new ConstantCallSite(ValueCallSite.CALL.bindTo(new ValueCallSite()).asType(type));
            case "callUser" -> new ConstantCallSite(ValueCallSite.USER.bindTo(new ValueCallSite()).asType(type));
            case "callUserArray" -> new ConstantCallSite(ValueCallSite.USER_ARRAY.bindTo(new ValueCallSite()).asType(type));
            case "callUserList" -> new ConstantCallSite(ValueCallSite.USER_LIST.bindTo(new ValueCallSite()).asType(type));
            case "callUserPair" -> new ConstantCallSite(ValueCallSite.USER_PAIR.bindTo(new ValueCallSite()).asType(type));
            case "callUserListPair" -> new ConstantCallSite(ValueCallSite.USER_LIST_PAIR.bindTo(new ValueCallSite()).asType(type));
            case "callStatic" -> new StaticCallSite(type, member, scope);
            case "callMethodNamed" -> new ConstantCallSite(MethodNameSite.CALL.bindTo(new MethodNameSite()).asType(type));
            case "refMaskNamed" -> new ConstantCallSite(MethodNameSite.REF_MASK.bindTo(new MethodNameSite()).asType(type));
            default -> new Site(type, op, member, scope);
        };
    }

    static boolean classIs(Class<?> c, Object o) { return o != null && o.getClass() == c; }

    static phpgoc.runtime.Ref toRef(Object v) { return v instanceof phpgoc.runtime.Ref r ? r : new phpgoc.runtime.Ref(v); }

    /** The cache missed: link for this receiver's layout (or go megamorphic), then perform the operation. */
    static Object miss(Site site, Object[] args) throws Throwable {
        if (site.op.equals("construct")) return missConstruct(site, args);
        Object recv = args[0];
        Context ctx = (Context) args[1];
        MethodType type = site.type();
        MethodHandle target = null;
        if (recv instanceof PhpObject o) {
            if (site.depth >= MAX_DEPTH) {
                site.setTarget(generic(site));
            } else {
                target = link(site, o, ctx);
                if (target != null) {
                    MethodHandle test = MethodHandles.dropArguments(CLASS_IS.bindTo(o.getClass()), 1,
                            type.parameterList().subList(1, type.parameterCount()));
                    site.setTarget(MethodHandles.guardWithTest(test.asType(type.changeReturnType(boolean.class)),
                            target, site.getTarget()));
                    site.depth++;
                }
            }
        }
        return (target != null ? target : generic(site)).invokeWithArguments(args);
    }

    /**
     * {@code new C(args)}: {@code (Context, Object obj, Object... args)Object} with {@code obj} from
     * {@link PhpClass#allocateFor} (which checked the constructor's visibility), cached on its layout
     * (which fixes its constructor): track it for its destructor if it has one, run the
     * constructor's body directly, return the object.
     */
    static Object missConstruct(Site site, Object[] args) throws Throwable {
        PhpObject obj = (PhpObject) args[1];
        PhpClass cls = obj.cls;
        MethodType type = site.type();
        MethodHandle target = null;
        if (site.depth >= MAX_DEPTH) site.setTarget(generic(site));
        else {
            MethodInfo ctor = cls.findMethod("__construct");
            int n = type.parameterCount() - 2;
            java.util.List<Class<?>> rest = type.parameterList().subList(2, type.parameterCount());
            MethodHandle body = null;
            if (ctor != null && !ctor.isAbstract()) {
                body = ctor.direct(n) ? ctor.bound() : ctor.generic(n).asCollector(Object[].class, n);
                body = body.asType(body.type().changeReturnType(void.class).changeParameterType(1, Object.class));
                // a constructor that throws: no destructor for that object, which php frees (Destructors.ctorFailed)
                body = MethodHandles.catchException(body, PhpError.class,
                        MethodHandles.dropArguments(CTOR_FAILED, 3, body.type().parameterList().subList(2, body.type().parameterCount())));
                body = body.asType(type.changeReturnType(void.class));
            }
            if (cls.hasDestructor()) {
                MethodHandle track = MethodHandles.dropArguments(TRACK, 2, rest);
                body = body == null ? track : MethodHandles.foldArguments(body, track);
            }
            if (ctor == null || body != null) {
                MethodHandle ret = MethodHandles.dropArguments(MethodHandles.identity(Object.class), 0, Context.class);
                ret = MethodHandles.dropArguments(ret, 2, rest);
                target = body == null ? ret : MethodHandles.foldArguments(ret, body);
                MethodHandle test = MethodHandles.dropArguments(CLASS_IS.bindTo(obj.getClass()), 0, Context.class);
                test = MethodHandles.dropArguments(test, 2, rest);
                site.setTarget(MethodHandles.guardWithTest(test.asType(type.changeReturnType(boolean.class)), target.asType(type),
                        site.getTarget()));
                site.depth++;
            }
        }
        return (target != null ? target : generic(site)).invokeWithArguments(args);
    }

    static void ctorFailed(PhpError e, Context ctx, Object o) {
        Destructors.ctorFailed(ctx, o);
        throw e;
    }

    /** The uncached operation with the site's type. */
    static MethodHandle generic(Site site) throws ReflectiveOperationException {
        MethodType type = site.type();
        return switch (site.op) {
            case "callMethod" -> MethodHandles.insertArguments(L.findStatic(ObjectOps.class, "callMethod",
                            MethodType.methodType(Object.class, Object.class, Context.class, String.class,
                                    ClassTemplate.class, Object[].class)), 2, site.name, site.scope)
                    .asCollector(Object[].class, type.parameterCount() - 2).asType(type);
            case "refMask" -> MethodHandles.insertArguments(L.findStatic(phpgoc.runtime.ByRefArgs.class, "methodMask",
                    MethodType.methodType(int.class, Object.class, Context.class, String.class, ClassTemplate.class)),
                    2, site.name, site.scope).asType(type);
            case "construct" -> L.findStatic(ObjectOps.class, "construct",
                    MethodType.methodType(PhpObject.class, Context.class, PhpObject.class, Object[].class))
                    .asCollector(Object[].class, type.parameterCount() - 2).asType(type);
            default -> throw new IllegalStateException("unknown site " + site.op);
        };
    }

    /**
     * The target for receivers of {@code o}'s layout, valid in every context; null when this
     * receiver must take the slow path (which then reports the error).
     */
    static MethodHandle link(Site site, PhpObject o, Context ctx) throws ReflectiveOperationException {
        MethodType type = site.type();
        PhpClass cls = o.cls;
        switch (site.op) {
            case "callMethod" -> {
                MethodInfo m;
                try {
                    m = ObjectOps.resolveMethod(ctx, cls, site.name, site.scope);
                } catch (PhpError e) {
                    return null;
                }
                if (m.isStatic()) return generic(site);
                int n = type.parameterCount() - 2;
                MethodHandle h;
                if (m.direct(n)) {
                    h = m.bound();
                } else {
                    h = m.generic(n).asCollector(Object[].class, n);
                }
                // (Context, Object this, args...) -> (Object this, Context, args...)
                int[] order = new int[n + 2];
                order[0] = 1;
                order[1] = 0;
                for (int i = 2; i < order.length; i++) order[i] = i;
                MethodType swapped = h.type().changeParameterType(1, Object.class);
                MethodType t2 = MethodType.methodType(Object.class, Object.class, Context.class)
                        .appendParameterTypes(swapped.parameterList().subList(2, swapped.parameterCount()));
                return MethodHandles.permuteArguments(h.asType(swapped), t2, order).asType(type);
            }
            case "refMask" -> {
                int mask;
                try {
                    mask = ObjectOps.resolveMethod(ctx, cls, site.name, site.scope).refMask;
                } catch (PhpError e) {
                    mask = 0; // __call, or the call's own error
                }
                return MethodHandles.dropArguments(MethodHandles.constant(int.class, mask), 0, Object.class, Context.class)
                        .asType(type);
            }
            default -> throw new IllegalStateException("unknown site " + site.op);
        }
    }
}
