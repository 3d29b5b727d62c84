package phpgoc.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * Object operations generated code calls: creation, the slow paths of property access and method
 * calls (the fast paths are {@code invokedynamic} sites, {@link phpgoc.runtime.link.Bootstrap}),
 * static members, constants, {@code instanceof}, {@code clone}, comparison. {@code scope} is the
 * template of the class whose code runs (null outside classes): it decides visibility.
 */
public final class ObjectOps {
    private ObjectOps() {}

    static String scopeName(ClassTemplate scope) { return scope == null ? "global scope" : "scope " + scope.name; }

    // ---- new

    /** {@code new C(args)} with its arguments evaluated already (reflection, attributes). */
    public static PhpObject create(Context ctx, PhpClass cls, ClassTemplate scope, Object[] args) {
        return construct(ctx, cls.allocateFor(scope), args);
    }

    /**
     * The second half of {@code new C(args)}, after {@link PhpClass#allocateFor} and the arguments:
     * tracks the object for its destructor and runs the constructor (visible: allocateFor checked).
     */
    public static PhpObject construct(Context ctx, PhpObject o, Object[] args) {
        PhpClass cls = o.cls;
        MethodInfo ctor = cls.findMethod("__construct");
        if (cls.hasDestructor()) Destructors.track(ctx, o);
        if (ctor != null) {
            try {
                ctor.invoke(ctx, o, args);
            } catch (PhpError | ExitException e) {
                Destructors.ctorFailed(ctx, o);
                throw e;
            }
        }
        return o;
    }

    static PhpError ctorNotVisible(MethodInfo ctor, ClassTemplate scope) {
        return new PhpError("Error", "Call to " + visName(ctor) + " " + ctor.display() + "() from " + scopeName(scope));
    }

    // ---- properties

    private static String onWhat(Object o) { return Values.typeName(o); }

    /** {@code $o->name} (slow path). */
    public static Object getProp(Object o, Context ctx, String name, ClassTemplate scope) {
        if (!(o instanceof PhpObject obj)) {
            ctx.warning("Attempt to read property \"" + name + "\" on " + onWhat(Values.deref(o)));
            return null;
        }
        PhpClass.PropInfo p;
        try {
            p = obj.cls.findProp(name, scope);
        } catch (PhpError e) {
            MethodInfo m = Magic.hook(obj, "__get", Magic.GET, name);
            if (m == null) throw e;
            return Magic.get(ctx, obj, m, name);
        }
        if (p != null) {
            Object v = obj.getSlot(p.slot());
            if (v != Values.UNDEF) return Destructors.escaped(PropRefs.value(v));
            MethodInfo m = Magic.hook(obj, "__get", Magic.GET, name);
            if (m != null) return Magic.get(ctx, obj, m, name);
            if (p.isTyped()) {
                throw new PhpError("Error", "Typed property " + p.declaring().name + "::$" + name
                        + " must not be accessed before initialization");
            }
        } else {
            if (obj.dyn != null) {
                Object v = obj.dyn.lookupStr(name);
                if (v != Values.UNDEF) return Values.deref(v);
            }
            if (obj.internal != null && obj.internal.propertiesAreOffsets()) return Values.deref(Spl.offsetGet(obj, name));
            MethodInfo m = Magic.hook(obj, "__get", Magic.GET, name);
            if (m != null) return Magic.get(ctx, obj, m, name);
        }
        ctx.warning("Undefined property: " + obj.cls.name + "::$" + name);
        return null;
    }

    /** Reads for empty/??: null when unset, inaccessible or not an object, no diagnostics; {@code __isset} then {@code __get}. */
    public static Object getPropQuiet(Object o, Context ctx, String name, ClassTemplate scope) {
        if (!(o instanceof PhpObject obj)) return null;
        PhpClass.PropInfo p;
        try {
            p = obj.cls.findProp(name, scope);
        } catch (PhpError e) {
            return magicQuiet(ctx, obj, name);
        }
        if (p != null) {
            Object v = obj.getSlot(p.slot());
            return v == Values.UNDEF ? magicQuiet(ctx, obj, name) : Destructors.escaped(PropRefs.value(v));
        }
        Object v = obj.dyn == null ? Values.UNDEF : obj.dyn.lookupStr(name);
        return v == Values.UNDEF ? magicQuiet(ctx, obj, name) : Values.deref(v);
    }

    private static Object magicQuiet(Context ctx, PhpObject obj, String name) {
        MethodInfo is = Magic.hook(obj, "__isset", Magic.ISSET, name);
        if (is == null || !Magic.isset(ctx, obj, is, name)) return null;
        MethodInfo get = Magic.hook(obj, "__get", Magic.GET, name);
        return get == null ? null : Magic.get(ctx, obj, get, name);
    }

    /** {@code $o->name = v} (slow path; v already copied) in a file without strict_types. */
    public static void setProp(Object o, Context ctx, String name, ClassTemplate scope, Object v) {
        setProp(o, ctx, name, scope, v, false);
    }

    /** {@code $o->name = v} (slow path; v already copied); {@code strict}: the writing file declares strict_types. */
    public static void setProp(Object o, Context ctx, String name, ClassTemplate scope, Object v, boolean strict) {
        if (!(o instanceof PhpObject obj)) {
            throw new PhpError("Error", "Attempt to assign property \"" + name + "\" on " + onWhat(Values.deref(o)));
        }
        PhpClass.PropInfo p;
        try {
            p = obj.cls.findProp(name, scope);
        } catch (PhpError e) {
            if (!setViaMagic(ctx, obj, name, v)) throw e;
            return;
        }
        if (p != null) {
            if (p.isReadonly()) checkReadonlyWrite(obj, p, scope);
            if (!p.isTyped() && obj.getSlot(p.slot()) == Values.UNDEF && setViaMagic(ctx, obj, name, v)) return;
            if (p.isTyped()) v = PropTypes.coerce(p, v, strict);
            if (obj.getSlot(p.slot()) instanceof Ref r) r.value = v; else obj.setSlot(p.slot(), v);
            return;
        }
        if (Enums.isCase(obj) || obj instanceof Closure) {
            throw new PhpError("Error", "Cannot create dynamic property " + obj.cls.name + "::$" + name);
        }
        if (obj.dyn == null || !obj.dyn.containsKey(name)) {
            if (obj.internal != null && obj.internal.propertiesAreOffsets()) {
                Spl.offsetSet(obj, name, v);
                return;
            }
            if (setViaMagic(ctx, obj, name, v)) return;
            if ((obj.cls.tpl.flags & ClassTemplate.READONLY) != 0) {
                throw new PhpError("Error", "Cannot create dynamic property " + obj.cls.name + "::$" + name);
            }
            if (!allowsDynamic(obj.cls)) {
                ctx.deprecated("Creation of dynamic property " + obj.cls.name + "::$" + name + " is deprecated");
            }
            if (obj.dyn == null) obj.dyn = new PhpArray();
        }
        obj.dyn.putStr(name, v);
    }

    /** Runs the class's {@code __set} for {@code name}; false when there is none (or it is guarded). */
    private static boolean setViaMagic(Context ctx, PhpObject obj, String name, Object v) {
        MethodInfo m = Magic.hook(obj, "__set", Magic.SET, name);
        if (m == null) return false;
        Magic.set(ctx, obj, m, name, v);
        return true;
    }

    /** Whether {@code c} or an ancestor is stdClass or has {@code #[AllowDynamicProperties]}. */
    static boolean allowsDynamic(PhpClass c) {
        for (; c != null; c = c.parent) {
            if ((c.tpl.flags & ClassTemplate.ALLOW_DYNAMIC) != 0 || c.tpl == Classes.STD_CLASS) return true;
        }
        return false;
    }

    /** php names the declaring class in readonly errors. */
    private static void checkReadonlyWrite(PhpObject obj, PhpClass.PropInfo p, ClassTemplate scope) {
        if (obj.getSlot(p.slot()) != Values.UNDEF) throw readonlyError("modify", p);
        if (p.declaring().tpl != scope) {
            throw new PhpError("Error", "Cannot initialize readonly property " + p.declaring().name + "::$" + p.name()
                    + " from " + scopeName(scope));
        }
    }

    private static PhpError readonlyError(String what, PhpClass.PropInfo p) {
        return new PhpError("Error", "Cannot " + what + " readonly property " + p.declaring().name + "::$" + p.name());
    }

    /**
     * A write through readonly property {@code p} ({@code $o->p[] = v}, {@code &$o->p}): an object
     * value may be written into, anything else is php's modification error.
     */
    static void checkReadonlyIndirect(PhpObject obj, PhpClass.PropInfo p) {
        Object v = obj.getSlot(p.slot());
        if (v == Values.UNDEF) throw readonlyError("indirectly modify", p);
        if (!(v instanceof PhpObject)) throw readonlyError("modify", p);
    }

    /** {@code $o->name[...] = v}: the array in the property, made writable (created if null/unset). */
    public static PhpArray propArrayForWrite(Object o, Context ctx, String name, ClassTemplate scope) {
        if (!(o instanceof PhpObject obj)) {
            throw new PhpError("Error", "Attempt to modify property \"" + name + "\" on " + onWhat(Values.deref(o)));
        }
        PhpClass.PropInfo p;
        try {
            p = obj.cls.findProp(name, scope);
        } catch (PhpError e) {
            PhpArray a = Magic.overloadedArray(ctx, obj, name);
            if (a == null) throw e;
            return a;
        }
        if (p != null && p.isReadonly()) checkReadonlyIndirect(obj, p);
        Object v = p != null ? obj.getSlot(p.slot()) : obj.dyn == null ? Values.UNDEF : obj.dyn.lookupStr(name);
        if (v == Values.UNDEF) {
            PhpArray a = Magic.overloadedArray(ctx, obj, name);
            if (a != null) return a;
        }
        if (v instanceof Ref r) {
            PhpArray a = Access.arrayForWrite(r.get());
            r.value = a;
            return a;
        }
        if ((v == null || v == Values.UNDEF) && p != null && PropTypes.of(p) instanceof PropTypes.PropType t
                && (t.mask() & TypeCheck.ARRAY) == 0) {
            throw new PhpError("TypeError", "Cannot auto-initialize an array inside property " + p.declaring().name + "::$" + name
                    + " of type " + t.name());
        }
        PhpArray a = Access.arrayForWrite(v == Values.UNDEF ? null : v);
        if (a != v) setProp(obj, ctx, name, scope, a);
        return a;
    }

    /** {@code unset($o->name)}. */
    public static void unsetProp(Object o, Context ctx, String name, ClassTemplate scope) {
        if (!(o instanceof PhpObject obj)) return;
        PhpClass.PropInfo p;
        try {
            p = obj.cls.findProp(name, scope);
        } catch (PhpError e) {
            MethodInfo m = Magic.hook(obj, "__unset", Magic.UNSET, name);
            if (m == null) throw e;
            Magic.unset(ctx, obj, m, name);
            return;
        }
        if (p != null) {
            if (p.isReadonly()) {
                if (obj.getSlot(p.slot()) != Values.UNDEF) throw readonlyError("unset", p);
                if (p.declaring().tpl != scope) {
                    throw new PhpError("Error", "Cannot unset readonly property " + p.declaring().name + "::$" + name
                            + " from " + scopeName(scope));
                }
            }
            obj.setSlot(p.slot(), Values.UNDEF);
        } else if (obj.dyn != null && obj.dyn.containsKey(name)) obj.dyn.remove(name);
        else if (obj.internal != null && obj.internal.propertiesAreOffsets()) Spl.offsetUnset(obj, name);
        else {
            MethodInfo m = Magic.hook(obj, "__unset", Magic.UNSET, name);
            if (m != null) Magic.unset(ctx, obj, m, name);
        }
    }

    // ---- methods

    /** Whether code of {@code scope} may call {@code m} (public, or visible private/protected). */
    public static boolean canCall(Context ctx, MethodInfo m, ClassTemplate scope) { return visible(ctx, m, scope); }

    static boolean visible(Context ctx, MethodInfo m, ClassTemplate scope) {
        if (m.isPrivate()) return m.declaring == scope;
        if (m.isProtected()) {
            PhpClass d = ctx.classOf(m.declaring);
            return d != null && Classes.protectedVisible(ctx, d, scope);
        }
        return true;
    }

    private static String visName(MethodInfo m) { return m.isPrivate() ? "private" : "protected"; }

    /** The method {@code name} of {@code cls} callable from {@code scope}; Error if undefined or not visible. */
    public static MethodInfo resolveMethod(Context ctx, PhpClass cls, String name, ClassTemplate scope) {
        scope = Traits.scopeFor(cls, scope);
        MethodInfo m = cls.findMethod(name);
        if (m != null && m.declaring != scope && scope != null) {
            // a private method of the calling class shadows: php looks in the scope first
            PhpClass s = ctx.classOf(scope);
            if (s != null && cls.isSubclassOf(s)) {
                MethodInfo own = s.findMethod(name);
                if (own != null && own.declaring == scope && (own.isPrivate() || m.isPrivate())) m = own;
            }
        }
        if (m == null) throw new PhpError("Error", "Call to undefined method " + cls.name + "::" + name + "()");
        if (!visible(ctx, m, scope)) {
            throw new PhpError("Error", "Call to " + visName(m) + " method " + m.display() + "() from " + scopeName(scope));
        }
        if (m.isAbstract()) throw new PhpError("Error", "Cannot call abstract method " + m.display() + "()");
        return m;
    }

    /** {@code $o->name(args)} without an inline cache (megamorphic sites, nullsafe). */
    public static Object callMethod(Object o, Context ctx, String name, ClassTemplate scope, Object[] args) {
        if (!(o instanceof PhpObject obj)) {
            throw new PhpError("Error", "Call to a member function " + name + "() on " + onWhat(Values.deref(o)));
        }
        MethodInfo magic = obj.cls.findMethod("__call");
        MethodInfo m = Magic.resolveOrMagic(ctx, obj.cls, name, scope, magic);
        if (m == null) return Magic.call(ctx, obj, magic, name, args);
        return m.invoke(ctx, m.isStatic() ? obj.cls : obj, args);
    }

    /**
     * {@code C::name(args)}: a static method gets the called class ({@code callerStatic}'s for the
     * forwarding {@code self::}/{@code parent::}/{@code static::}), a non-static one the caller's
     * {@code $this} when it is an instance of C.
     */
    public static Object callStatic(Context ctx, PhpClass cls, String name, ClassTemplate scope, Object callerThis,
                                    boolean forwarding, Object[] args) {
        MethodInfo magic = callerThis instanceof PhpObject t && t.cls.isSubclassOf(cls) ? cls.findMethod("__call") : null;
        if (magic == null) magic = cls.findMethod("__callStatic");
        MethodInfo m = Magic.resolveOrMagic(ctx, cls, name, scope, magic);
        if (m == null) {
            if (magic.isStatic()) {
                Object called = forwarding && callerThis != null && Classes.called(callerThis).isSubclassOf(cls)
                        ? Classes.called(callerThis) : cls;
                return Magic.callStatic(ctx, (PhpClass) called, magic, name, args);
            }
            return Magic.call(ctx, (PhpObject) callerThis, magic, name, args);
        }
        Traits.checkDirectCall(ctx, cls, m);
        if (m.isStatic()) {
            Object called = cls;
            if (forwarding && callerThis != null) {
                PhpClass c = Classes.called(callerThis);
                if (c.isSubclassOf(cls)) called = c;
            }
            return m.invoke(ctx, called, args);
        }
        if (callerThis instanceof PhpObject o && o.cls.isSubclassOf(ctx.classOf(m.declaring))) {
            return m.invoke(ctx, o, args);
        }
        throw new PhpError("Error", "Non-static method " + m.display() + "() cannot be called statically");
    }

    // ---- static properties and constants

    /** The Ref of {@code C::$name}. */
    public static Ref staticProp(Context ctx, PhpClass cls, String name, ClassTemplate scope) {
        PhpClass.StaticSlot s = cls.staticSlot(name);
        if (s == null) throw new PhpError("Error", "Access to undeclared static property " + cls.name + "::$" + name);
        if ((s.flags & ClassTemplate.PRIVATE) != 0 && s.declaring.tpl != scope) {
            throw new PhpError("Error", "Cannot access private property " + cls.name + "::$" + name);
        }
        if ((s.flags & ClassTemplate.PROTECTED) != 0 && !Classes.protectedVisible(ctx, s.declaring, scope)) {
            throw new PhpError("Error", "Cannot access protected property " + cls.name + "::$" + name);
        }
        if (cls.tpl.kind == ClassTemplate.KIND_TRAIT) {
            ctx.deprecated("Accessing static trait property " + cls.name + "::$" + name
                    + " is deprecated, it should only be accessed on a class using the trait");
        }
        return s.ref;
    }

    /** Whether {@code c} has static property {@code name} (any visibility). */
    public static boolean hasStaticProp(PhpClass c, String name) { return c.statics.containsKey(name); }

    /** {@code C::NAME}. */
    public static Object classConstant(Context ctx, PhpClass cls, String name, ClassTemplate scope) {
        PhpClass.ConstSlot c = cls.constants.get(name);
        if (c == null) throw new PhpError("Error", "Undefined constant " + cls.name + "::" + name);
        if (cls.tpl.kind == ClassTemplate.KIND_TRAIT) {
            throw new PhpError("Error", "Cannot access trait constant " + cls.name + "::" + name + " directly");
        }
        if ((c.flags & ClassTemplate.PRIVATE) != 0 && c.declaring.tpl != scope) {
            throw new PhpError("Error", "Cannot access private constant " + cls.name + "::" + name);
        }
        if ((c.flags & ClassTemplate.PROTECTED) != 0 && !Classes.protectedVisible(ctx, c.declaring, scope)) {
            throw new PhpError("Error", "Cannot access protected constant " + cls.name + "::" + name);
        }
        return Values.copyOnAssign(cls.constantValue(c));
    }

    // ---- $this, instanceof, clone

    /** {@code $this} where it may be missing (closures, static methods). */
    public static PhpObject thisOf(Object thisOrStatic) {
        if (thisOrStatic instanceof PhpObject o) return o;
        throw new PhpError("Error", "Using $this when not in object context");
    }

    /** isset($this): $this, or null in static code and outside classes. */
    public static Object thisOrNull(Object thisOrStatic) {
        return thisOrStatic instanceof PhpObject o ? o : null;
    }

    /** What a {@code static function} closure keeps of its creator's $this: the called class only. */
    public static Object staticOf(Object thisOrStatic) {
        return thisOrStatic instanceof PhpObject o ? o.cls : thisOrStatic;
    }

    /** {@code v instanceof Name}: false when no such class is declared. */
    public static boolean instanceOf(Object v, String lowerName) {
        return v instanceof PhpObject o && (o.cls.isA(lowerName) || lowerName.equals("stringable") && Magic.hasToString(o));
    }

    /** {@code v instanceof self/parent/static}. */
    public static boolean instanceOfClass(Object v, PhpClass c) {
        return v instanceof PhpObject o && o.cls.isSubclassOf(c);
    }

    /** {@code v instanceof $c}: $c an object or a class name string. */
    public static boolean instanceOfValue(Object v, Object c) {
        c = Values.deref(c);
        if (c instanceof PhpObject co) return v instanceof PhpObject o && o.cls.isSubclassOf(co.cls);
        if (Values.isString(c)) return instanceOf(v, Classes.key(Convert.toStr(c)));
        throw new PhpError("Error", "Class name must be a valid object or a string");
    }

    /** {@code clone v}: a shallow copy, then {@code __clone()} on it. */
    public static PhpObject cloneObject(Context ctx, Object v, ClassTemplate scope) {
        if (!(Values.deref(v) instanceof PhpObject src)) throw new PhpError("Error", "__clone method called on non-object");
        if (Enums.isCase(src)) throw new PhpError("Error", "Trying to clone an uncloneable object of class " + src.cls.name);
        if (src instanceof Closure c) return Closures.copy(ctx, c);
        MethodInfo hook = src.cls.findMethod("__clone");
        if (hook != null && !visible(ctx, hook, scope)) {
            throw new PhpError("Error", "Call to " + visName(hook) + " " + hook.display() + "() from " + scopeName(scope));
        }
        PhpObject o = src.cls.blank();
        if (src.cls.findMethod("__destruct") != null) Destructors.track(ctx, o);
        for (PhpClass.PropInfo p : src.cls.propList) {
            Object x = src.getSlot(p.slot());
            if (x instanceof Ref r) r.binds++; // php keeps a property's reference shared with the clone
            Destructors.escape(x); // both objects hold it now
            o.setSlot(p.slot(), x instanceof PhpArray a ? a.copy() : x);
        }
        if (src.dyn != null) o.dyn = src.dyn.copy();
        if (src.internal != null) o.internal = src.internal.copy();
        if (hook != null) hook.invoke(ctx, o, new Object[0]);
        return o;
    }

    // ---- inspection (var_dump, print_r, ==, casts)

    /** One property as the dumpers show it: {@code visibility} "", "protected", or the private's class name. */
    public record Property(String name, String visibility, Object value) {
        /** The visibility of an integer key in debug info (a built-in class's elements, __debugInfo's list): var_dump shows [n]. */
        public static final String INDEX = "\0index";
    }

    /** The initialised properties of {@code o} in php's order, dynamic ones last. */
    public static List<Property> properties(PhpObject o) {
        List<Property> out = new ArrayList<>();
        for (PhpClass.PropInfo p : o.cls.propList) {
            Object v = o.getSlot(p.slot());
            if (v == Values.UNDEF) continue;
            String vis = p.isPrivate() ? p.declaring().name : p.isProtected() ? "protected" : "";
            out.add(new Property(p.name(), vis, v));
        }
        if (o.dyn != null) {
            for (int pos = o.dyn.firstPos(); pos >= 0; pos = o.dyn.nextPos(pos)) {
                out.add(new Property(Convert.toStr(o.dyn.keyAt(pos)), "", o.dyn.rawValueAt(pos)));
            }
        }
        return out;
    }

    /** {@code a <=> b} where one side is an object; 1 for uncomparable objects. */
    /** The recursion guard key of an object being compared (not a property name: starts with NUL). */
    private static final String COMPARE_GUARD = "\0compare";

    public static int compare(Object a, Object b) {
        if (a instanceof PhpObject x && b instanceof PhpObject y) {
            if (x == y) return 0;
            if (x.internal != null && y.internal != null && x.internal.getClass() == y.internal.getClass()
                    && x.internal.comparesAcrossClasses()) {
                return x.internal.compareTo(y.internal);
            }
            if (x.cls != y.cls || Enums.isCase(x) || x instanceof Closure) return 1; // enum cases and closures are uncomparable
            // php guards the left object: comparing it again inside its own comparison is fatal
            if (x.guards != null && x.guards.contains(COMPARE_GUARD)) throw FatalError.here("Nesting level too deep - recursive dependency?");
            if (x.guards == null) x.guards = new java.util.HashSet<>();
            x.guards.add(COMPARE_GUARD);
            try {
                if (x.internal != null && y.internal != null && x.internal.getClass() == y.internal.getClass()) {
                    int c = x.internal.compareTo(y.internal);
                    if (c != 0) return c;
                }
                List<Property> px = properties(x), py = properties(y);
                if (px.size() != py.size()) return px.size() < py.size() ? -1 : 1;
                for (int i = 0; i < px.size(); i++) {
                    Property p = px.get(i), q = py.get(i);
                    if (!p.name().equals(q.name())) return 1;
                    int c = Compare.compare(Values.deref(p.value()), Values.deref(q.value()));
                    if (c != 0) return c;
                }
                return 0;
            } finally {
                x.guards.remove(COMPARE_GUARD);
            }
        }
        if (a instanceof PhpObject) return -compare(b, a);
        // b is the object
        if (Values.isString(a) && Magic.hasToString(b)) return Compare.compare(a, Magic.toStr((PhpObject) b));
        if (a == null || a == Values.UNDEF) return -1;
        if (a instanceof Boolean z) return z ? 0 : -1;
        if (a instanceof Long || a instanceof Double) {
            Context.current().notice("Object of class " + ((PhpObject) b).cls.name + " could not be converted to "
                    + (a instanceof Long ? "int" : "float"));
            return Compare.compare(a, a instanceof Long ? (Object) 1L : (Object) 1.0);
        }
        return -1;
    }
}
