package phpgoc.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A class as one context declared it ({@link Classes#declare}): the template linked to its parent
 * and interfaces, its layout class, merged method table, property slots, static property Refs and
 * lazily evaluated constants.
 */
public final class PhpClass {
    public final ClassTemplate tpl;
    /** The name in messages and dumps: an anonymous class's name up to its NUL ({@code class@anonymous}). */
    public final String name;
    /** The name get_class and {@code ::class} give: {@link ClassTemplate#name}, NUL and origin included. */
    public final String fullName;
    public final PhpClass parent;
    final Context ctx;
    /** Every interface this class implements, directly or inherited. */
    final List<PhpClass> interfaces = new ArrayList<>();
    /** Lower-case names of this class, its ancestors and interfaces ({@code instanceof}). */
    private final Set<String> ancestors = new HashSet<>();
    final LayoutLoader.Layout layout;
    /** Whether instances are tracked for {@code __destruct} (the method table is final once declared). */
    private final boolean hasDestructor;

    /** Whether the class has {@code __destruct} (instances are tracked for it). */
    public boolean hasDestructor() { return hasDestructor; }
    /** Lower-case name -> method, own and inherited. */
    final Map<String, MethodInfo> methods = new LinkedHashMap<>();
    /** Declared properties in php's order (inherited first, redeclared ones in the parent's place). */
    final List<PropInfo> propList = new ArrayList<>();
    /** Name -> property visible through this class (own ones, inherited non-private, unshadowed private). */
    final Map<String, PropInfo> props = new HashMap<>();
    final Map<String, StaticSlot> statics = new LinkedHashMap<>();
    final Map<String, ConstSlot> constants = new LinkedHashMap<>();
    /** The traits this class uses directly ({@code class_uses}), every trait template it took members from, trait properties. */
    final List<PhpClass> traits = new ArrayList<>();
    final Set<ClassTemplate> traitTemplates = new java.util.LinkedHashSet<>();
    final List<Traits.TraitProp> traitProps = new ArrayList<>();
    /** An enum's backing value -> case (built at the first from/tryFrom). */
    Map<Object, PhpObject> enumTable;
    /** Per-context default property values by slot (null until the first instantiation). */
    private Object[] defaults;
    /** The slots whose default is an array (copied per instance). */
    private int[] arrayDefaults;
    private boolean staticsReady;
    /** Instances get file, line and trace when created ({@link Throwables#created}). */
    private final boolean throwable;
    /** 0 not computed yet, 1 {@link #releasable}, 2 not. */
    private byte releasable;

    /** A declared instance property: its value is slot {@code slot} of the object, a field of {@code owner}. */
    public record PropInfo(String name, int flags, PhpClass declaring, int slot, Class<?> owner) {
        public boolean isPrivate() { return (flags & ClassTemplate.PRIVATE) != 0; }
        public boolean isProtected() { return (flags & ClassTemplate.PROTECTED) != 0; }
        public boolean isReadonly() { return (flags & ClassTemplate.READONLY) != 0; }
        public boolean isTyped() { return (flags & ClassTemplate.TYPED) != 0; }
        public String field() { return "p$" + name; }
    }

    static final class StaticSlot {
        final String name;
        final int flags;
        final PhpClass declaring;
        final int init;
        Ref ref = new Ref(null);
        /** The template whose initialiser {@link #init} is (a trait's for a static taken from it). */
        ClassTemplate src;
        /** The declared type of a typed static (set with its first value), its Ref's {@link Ref#typed}. */
        StaticProps.Typed typed;

        StaticSlot(String name, int flags, PhpClass declaring, int init) {
            this.name = name;
            this.flags = flags;
            this.declaring = declaring;
            this.init = init;
            this.src = declaring.tpl;
        }
    }

    static final class ConstSlot {
        final String name;
        final int flags;
        final PhpClass declaring;
        final int init;
        /** Written once, under {@link Context#constantLock}; read without it. */
        volatile Object value = Values.UNDEF;
        /** The thread evaluating the initialiser: that thread meeting it again is a self-reference. */
        Thread evaluatingBy;
        /** The template whose initialiser {@link #init} is (a trait's for a constant taken from it). */
        ClassTemplate src;

        ConstSlot(String name, int flags, PhpClass declaring, int init) {
            this.name = name;
            this.flags = flags;
            this.declaring = declaring;
            this.init = init;
            this.src = declaring.tpl;
        }
    }

    private void inheritInterfaces(PhpClass i) {
        for (int k = i.interfaces.size() - 1; k >= 0; k--) {
            if (!interfaces.contains(i.interfaces.get(k))) interfaces.add(i.interfaces.get(k));
        }
    }

    PhpClass(Context ctx, ClassTemplate tpl, PhpClass parent, List<PhpClass> directInterfaces) {
        this(ctx, tpl, parent, directInterfaces, List.of());
    }

    PhpClass(Context ctx, ClassTemplate tpl, PhpClass parent, List<PhpClass> directInterfaces, List<PhpClass> usedTraits) {
        this.ctx = ctx;
        this.tpl = tpl;
        this.fullName = tpl.name;
        this.name = tpl.displayName();
        this.parent = parent;
        ancestors.add(fullName.toLowerCase(Locale.ROOT));
        if (parent != null) {
            ancestors.addAll(parent.ancestors);
            interfaces.addAll(parent.interfaces);
            methods.putAll(parent.methods);
            propList.addAll(parent.propList);
            for (PropInfo p : parent.props.values()) props.put(p.name(), p);
            statics.putAll(parent.statics);
            constants.putAll(parent.constants);
        }
        // php's order (class_implements): the parent's interfaces, the direct ones, then those each
        // direct one extends, last first; a built-in class takes each direct one's right after it
        boolean builtin = tpl.file == null;
        for (PhpClass i : directInterfaces) {
            if (!interfaces.contains(i)) interfaces.add(i);
            if (builtin) inheritInterfaces(i);
        }
        if (!builtin) for (PhpClass i : directInterfaces) inheritInterfaces(i);
        for (PhpClass i : directInterfaces) {
            ancestors.addAll(i.ancestors);
            for (Map.Entry<String, ConstSlot> c : i.constants.entrySet()) constants.putIfAbsent(c.getKey(), c.getValue());
            for (Map.Entry<String, MethodInfo> m : i.methods.entrySet()) methods.putIfAbsent(m.getKey(), m.getValue());
        }
        for (ClassTemplate.Member c : tpl.constants) constants.put(c.name(), new ConstSlot(c.name(), c.flags(), this, c.init()));
        for (ClassTemplate.Member s : tpl.statics) statics.put(s.name(), new StaticSlot(s.name(), s.flags(), this, s.init()));
        for (MethodInfo m : tpl.methods) methods.put(m.name.toLowerCase(Locale.ROOT), m);
        throwable = ancestors.contains("throwable");
        if (throwable) Throwables.checkDeclared(this);
        Traits.compose(ctx, this, usedTraits);
        if (tpl.kind == ClassTemplate.KIND_ENUM) Enums.addMethods(this);
        if (tpl.kind == ClassTemplate.KIND_CLASS || tpl.kind == ClassTemplate.KIND_ENUM) {
            List<ClassTemplate.Member> own = Traits.ownProps(this);
            layout = LayoutLoader.layout(tpl, parent == null ? null : parent.layout, List.copyOf(traitTemplates),
                    own.stream().map(ClassTemplate.Member::name).toList());
            int slot = layout.base();
            for (ClassTemplate.Member m : own) {
                PropInfo p = new PropInfo(m.name(), m.flags(), this, slot++, layout.cls());
                PropInfo old = props.get(m.name());
                int at = old == null || old.isPrivate() ? -1 : propList.indexOf(old);
                if (at >= 0) propList.set(at, p); else propList.add(p);
                props.put(m.name(), p);
            }
        } else {
            layout = null;
        }
        hasDestructor = findMethod("__destruct") != null;
    }

    /** The context that declared this class. */
    public Context context() { return ctx; }

    /** How many property slots instances have. */
    public int slotCount() { return layout == null ? 0 : layout.size(); }

    /** The accessor of slot {@code slot}'s field, valid for instances of this class's layout. */
    public SlotAccess slotAccess(int slot) { return layout.access(slot); }

    /** The layout class of instances (null for interfaces): what inline caches guard on. */
    public Class<? extends PhpObject> layoutClass() { return layout == null ? null : layout.cls(); }

    public boolean isInterface() { return tpl.kind == ClassTemplate.KIND_INTERFACE; }
    public boolean isAbstract() { return (tpl.flags & ClassTemplate.ABSTRACT) != 0; }

    /** Whether this class is {@code lowerName} or extends/implements it. */
    public boolean isA(String lowerName) {
        return ancestors.contains(lowerName) || anyAlias && aliasIsA(lowerName);
    }

    /** Set once some class_alias() ran (in any run): only then may a name outside {@link #ancestors} be one of them. */
    static volatile boolean anyAlias;

    private boolean aliasIsA(String lowerName) {
        Context ctx = Context.current();
        PhpClass c = ctx == null ? null : ctx.findClass(lowerName);
        return c != null && !c.fullName.equalsIgnoreCase(lowerName) && isSubclassOf(c);
    }

    public boolean isSubclassOf(PhpClass c) {
        if (c == this) return true;
        return ancestors.contains(c.fullName.toLowerCase(Locale.ROOT));
    }

    /** {@link MethodInfo#refMask} of the constructor (0 without one), computed on first use. */
    private int ctorRefMask = -1;

    int ctorRefMask() {
        int m = ctorRefMask;
        if (m < 0) {
            MethodInfo c = findMethod("__construct");
            ctorRefMask = m = c == null ? 0 : c.refMask & Integer.MAX_VALUE;
        }
        return m;
    }

    public MethodInfo findMethod(String name) {
        MethodInfo m = methods.get(name);
        if (m != null) return m;
        // most misses are lower-case names (__call, __get, ...): no second lookup for them
        String lower = name.toLowerCase(Locale.ROOT);
        return lower == name ? null : methods.get(lower);
    }

    /** The declared property {@code name} as code of class {@code scope} sees it; null if dynamic. Throws on visibility. */
    public PropInfo findProp(String name, ClassTemplate scope) {
        scope = Traits.scopeFor(this, scope);
        PropInfo p = props.get(name);
        if (scope != null && (p == null || p.declaring.tpl != scope)) {
            for (PhpClass c = this; c != null; c = c.parent) {
                if (c.tpl != scope) continue;
                for (PropInfo q : c.propList) {
                    if (q.declaring == c && q.isPrivate() && q.name.equals(name)) return q;
                }
                break;
            }
        }
        if (p == null) return null;
        if (p.isPrivate()) {
            if (p.declaring.tpl == scope) return p;
            if (p.declaring != this) return null;
            throw new PhpError("Error", "Cannot access private property " + this.name + "::$" + p.name);
        }
        if (p.isProtected() && !Classes.protectedVisible(ctx, p.declaring, scope)) {
            throw new PhpError("Error", "Cannot access protected property " + this.name + "::$" + p.name);
        }
        return p;
    }

    /** A new instance with the default property values (the caller runs the constructor). */
    public PhpObject instantiate() {
        PhpObject o = allocate();
        if (hasDestructor) Destructors.track(ctx, o);
        return o;
    }

    /** 1: no constructor or a public one; 2: a private or protected one, checked per {@code new}. */
    private byte ctorAccess;

    /**
     * {@code new C(...)} before its arguments are evaluated (php's ZEND_NEW: the object, hence its id,
     * exists first, and an inaccessible constructor fails first): a new instance with the default
     * property values, not yet tracked for its destructor, which {@link ObjectOps#construct} does.
     */
    public PhpObject allocateFor(ClassTemplate scope) {
        if (ctorAccess != 1) {
            MethodInfo c = findMethod("__construct");
            if (c == null || !(c.isPrivate() || c.isProtected())) ctorAccess = 1;
            else if (!ObjectOps.visible(ctx, c, scope)) {
                // php creates the object first (its errors for abstract classes come first), then drops it
                PhpObject o = allocate();
                o.flags |= PhpObject.FREED;
                ctx.freeObjectId(o.id);
                throw ObjectOps.ctorNotVisible(c, scope);
            }
        }
        return allocate();
    }

    private PhpObject allocate() {
        if (tpl == Closures.TEMPLATE) throw new PhpError("Error", "Instantiation of class Closure is not allowed");
        if (tpl == Generators.TEMPLATE) {
            throw new PhpError("Error", "The \"Generator\" class is reserved for internal use and cannot be manually instantiated");
        }
        if (tpl.kind != ClassTemplate.KIND_CLASS || isAbstract()) {
            String what = switch (tpl.kind) {
                case ClassTemplate.KIND_INTERFACE -> "interface";
                case ClassTemplate.KIND_TRAIT -> "trait";
                case ClassTemplate.KIND_ENUM -> "enum";
                default -> "abstract class";
            };
            throw new PhpError("Error", "Cannot instantiate " + what + " " + name);
        }
        Object[] d = defaults;
        if (d == null) d = evaluateDefaults();
        PhpObject o = layout.factory().make(this);
        o.id = ctx.nextObjectId();
        o.initSlots(d);
        for (int i : arrayDefaults) o.setSlot(i, ((PhpArray) d[i]).copy());
        if (throwable) Throwables.created(o);
        return o;
    }

    /**
     * Whether {@link Destructors#release} may destroy instances: every class of the chain is
     * user code, stdClass or a Throwable (built-in Java methods of other classes may keep or
     * return {@code $this}, e.g. ArrayObject::getIterator, where the compiler cannot see it).
     */
    boolean releasable() {
        if (releasable == 0) {
            boolean ok = true;
            for (PhpClass c = this; c != null && ok; c = c.parent) {
                ok = c.tpl.file != null || c.tpl == Classes.STD_CLASS || c.throwable || c.tpl == Generators.TEMPLATE
                        || c.tpl.releasable;
            }
            releasable = (byte) (ok ? 1 : 2);
        }
        return releasable == 1;
    }

    /** A new instance without property values or constructor run (for clone). */
    PhpObject blank() {
        PhpObject o = layout.factory().make(this);
        o.id = ctx.nextObjectId();
        return o;
    }

    /** Evaluates the default property values by slot (a redeclared property's old slot stays null). */
    private Object[] evaluateDefaults() {
        Object[] d = new Object[slotCount()];
        int[] arrays = new int[d.length];
        int nArrays = 0;
        for (PropInfo p : propList) {
            int init = -1;
            ClassTemplate src = p.declaring.tpl;
            for (ClassTemplate.Member m : p.declaring.tpl.props) if (m.name().equals(p.name)) init = m.init();
            if (init < 0) {
                for (Traits.TraitProp t : p.declaring.traitProps) {
                    if (t.m().name().equals(p.name)) {
                        init = t.m().init();
                        src = t.src();
                    }
                }
            }
            Object v = init >= 0 ? src.evaluateFor(ctx, init, p.declaring.tpl) : p.isTyped() ? Values.UNDEF : null;
            d[p.slot()] = v;
            if (v instanceof PhpArray) arrays[nArrays++] = p.slot();
        }
        arrayDefaults = java.util.Arrays.copyOf(arrays, nArrays);
        defaults = d;
        return d;
    }

    /** The Ref of static property {@code name}, initialising the class's statics on first use; null if none. */
    StaticSlot staticSlot(String name) {
        StaticSlot s = statics.get(name);
        if (s == null) return null;
        s.declaring.initStatics();
        return s;
    }

    private void initStatics() {
        if (staticsReady) return;
        staticsReady = true;
        if (parent != null) parent.initStatics();
        for (StaticSlot s : statics.values()) {
            if (s.declaring != this) continue;
            boolean typed = (s.flags & ClassTemplate.TYPED) != 0;
            if (typed) {
                PropTypes.PropType t = s.src.propTypes.get(s.name);
                // a trait's static: self/parent are checked as this class's
                if (t != null && s.src != tpl) t = new PropTypes.PropType(t.mask(), t.name(), TypeCheck.usingType(t.check(), this));
                s.typed = new StaticProps.Typed(t, name, s.name);
                s.ref.typed = s.typed;
            }
            s.ref.value = s.init >= 0 ? s.src.evaluateFor(ctx, s.init, s.declaring.tpl) : typed ? Values.UNDEF : null;
        }
    }

    /** The value of constant {@code c} (evaluated once per context). */
    Object constantValue(ConstSlot c) {
        Object v = c.value;
        if (v != Values.UNDEF) return v;
        if (c.evaluatingBy == Thread.currentThread()) {
            throw new PhpError("Error", "Cannot declare self-referencing constant " + c.declaring.name + "::" + c.name);
        }
        if (!ctx.parallelRoutines) return evaluate(c);
        // --parallel: routines meeting a constant first at the same time wait for one to evaluate it
        ctx.constantLock.lock();
        try {
            return c.value != Values.UNDEF ? c.value : evaluate(c);
        } finally {
            ctx.constantLock.unlock();
        }
    }

    /**
     * Evaluates {@code c}'s initialiser. One routine at a time runs PHP by default, but one may block in
     * it (an autoloader doing I/O) while another meets the constant: the first value stored wins, so an
     * enum case stays one object.
     */
    private Object evaluate(ConstSlot c) {
        Object v;
        c.evaluatingBy = Thread.currentThread();
        try {
            v = (c.flags & Enums.CASE) != 0 ? Enums.makeCase(c.declaring, c) : c.src.evaluateFor(ctx, c.init, c.declaring.tpl);
        } finally {
            if (c.evaluatingBy == Thread.currentThread()) c.evaluatingBy = null;
        }
        if (c.value == Values.UNDEF) c.value = v;
        return c.value;
    }

    /** The evaluated default values of {@link #propList}, in its order (get_class_vars). */
    Object[] defaultValues() {
        if (defaults == null) defaults = evaluateDefaults();
        return defaults;
    }

    /** The declared properties in php's order. */
    public List<PropInfo> properties() { return propList; }

    @Override public String toString() { return "PhpClass[" + name + "]"; }
}
