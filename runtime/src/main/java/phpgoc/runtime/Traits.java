package phpgoc.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Trait composition ({@code use T1, T2 { rules }}): a using class takes copies of the traits' methods
 * whose {@code self} is the using class (the bodies are shared, see docs/objects.md), its own
 * static property slots and its own property fields; conflicts and adaptations follow php.
 */
public final class Traits {
    private Traits() {}

    /** A property a class or trait took from a trait: {@code src} evaluates its initialiser. */
    record TraitProp(ClassTemplate.Member m, ClassTemplate src) {}

    /** The key of a {@code static $x} in a trait method: per using class. */
    public static String staticVarKey(String key, ClassTemplate self) { return key + "::" + self.name; }

    /** The class whose code is running when {@code scope} is a trait template and the receiver is of {@code cls}. */
    static ClassTemplate scopeFor(PhpClass cls, ClassTemplate scope) {
        if (scope == null || scope.kind != ClassTemplate.KIND_TRAIT) return scope;
        for (PhpClass k = cls; k != null; k = k.parent) if (k.traitTemplates.contains(scope)) return k.tpl;
        return scope;
    }

    private static String lower(String s) { return Classes.key(s); }

    private static FatalError fatal(ClassTemplate tpl, String msg) {
        return new FatalError("Fatal error", msg, tpl.file, tpl.line);
    }

    private static int withVisibility(int flags, int vis) {
        int v = vis & (ClassTemplate.PUBLIC | ClassTemplate.PROTECTED | ClassTemplate.PRIVATE);
        return v == 0 ? flags : (flags & ~(ClassTemplate.PUBLIC | ClassTemplate.PROTECTED | ClassTemplate.PRIVATE)) | v;
    }

    private static MethodInfo copy(MethodInfo m, ClassTemplate into, String name, int flags) {
        MethodInfo c = new MethodInfo(into, name, flags, m.body, m.params);
        c.signature = m.signature;
        c.javaName = m.javaName;
        c.meta = m.meta;
        c.metaTpl = m.metaTpl;
        return c;
    }

    /** Adds the members of {@code used} to {@code c} (whose own members are in place already). */
    static void compose(Context ctx, PhpClass c, List<PhpClass> used) {
        ClassTemplate tpl = c.tpl;
        if (tpl.kind == ClassTemplate.KIND_TRAIT) {
            for (ClassTemplate.Member m : tpl.props) c.traitProps.add(new TraitProp(m, tpl));
        }
        if (used.isEmpty()) return;
        c.traits.addAll(used);
        for (PhpClass t : used) {
            c.traitTemplates.add(t.tpl);
            c.traitTemplates.addAll(t.traitTemplates);
        }
        Set<String> excluded = new HashSet<>();
        for (ClassTemplate.TraitRule r : tpl.traitRules) {
            for (String x : r.insteadof()) excluded.add(lower(x) + "::" + lower(r.method()));
        }
        Map<String, MethodInfo> added = new LinkedHashMap<>();
        Map<String, PhpClass> from = new HashMap<>();
        for (PhpClass t : used) {
            for (MethodInfo m : t.methods.values()) {
                String ln = lower(m.name);
                if (excluded.contains(lower(t.name) + "::" + ln)) continue;
                int flags = m.flags;
                for (ClassTemplate.TraitRule r : tpl.traitRules) {
                    if (r.alias() == null && r.insteadof().length == 0 && lower(r.method()).equals(ln)
                            && (r.trait() == null || lower(r.trait()).equals(lower(t.name)))) {
                        flags = withVisibility(flags, r.visibility());
                    }
                }
                MethodInfo prev = added.get(ln);
                if (prev != null) {
                    if (m.isAbstract()) continue;
                    MethodInfo own = c.methods.get(ln);
                    boolean ownImpl = own != null && own.declaring == tpl;
                    if (!prev.isAbstract() && !ownImpl) {
                        throw fatal(tpl, "Trait method " + t.name + "::" + m.name + " has not been applied as " + c.name + "::"
                                + m.name + ", because of collision with " + from.get(ln).name + "::" + prev.name);
                    }
                }
                added.put(ln, copy(m, tpl, m.name, flags));
                from.put(ln, t);
            }
        }
        for (ClassTemplate.TraitRule r : tpl.traitRules) {
            if (r.alias() == null) continue;
            for (PhpClass t : used) {
                if (r.trait() != null && !lower(r.trait()).equals(lower(t.name))) continue;
                MethodInfo m = t.methods.get(lower(r.method()));
                if (m == null) continue;
                added.put(lower(r.alias()), copy(m, tpl, r.alias(), withVisibility(m.flags, r.visibility())));
                break;
            }
        }
        for (Map.Entry<String, MethodInfo> e : added.entrySet()) {
            MethodInfo cur = c.methods.get(e.getKey());
            if (cur != null && cur.declaring == tpl && !cur.isAbstract()) continue;
            if (e.getValue().isAbstract() && cur != null && !cur.isAbstract()) continue;
            c.methods.put(e.getKey(), e.getValue());
        }
        for (PhpClass t : used) {
            for (PhpClass.ConstSlot k : t.constants.values()) {
                PhpClass.ConstSlot cur = c.constants.get(k.name);
                PhpClass.ConstSlot mine = new PhpClass.ConstSlot(k.name, k.flags, c, k.init);
                mine.src = k.src;
                if (cur != null && cur.declaring == c) {
                    // php 8.2: the class may repeat a trait's constant, with the same visibility, finality and value
                    if (cur.flags != k.flags || !Compare.identical(c.constantValue(cur), c.constantValue(mine))) {
                        throw fatal(tpl, c.name + " and " + t.name + " define the same constant (" + k.name
                                + ") in the composition of " + c.name + ". However, the definition differs and is considered"
                                + " incompatible. Class was composed");
                    }
                    continue;
                }
                c.constants.put(k.name, mine);
            }
            for (PhpClass.StaticSlot s : t.statics.values()) {
                PhpClass.StaticSlot cur = c.statics.get(s.name);
                if (cur != null && cur.declaring == c) continue;
                PhpClass.StaticSlot mine = new PhpClass.StaticSlot(s.name, s.flags, c, s.init);
                mine.src = s.src;
                c.statics.put(s.name, mine);
            }
            for (TraitProp p : t.traitProps) {
                ClassTemplate.Member own = null;
                for (ClassTemplate.Member m : tpl.props) if (m.name().equals(p.m().name())) own = m;
                if (own != null) {
                    Object a = own.init() >= 0 ? tpl.evaluate(ctx, own.init()) : null;
                    Object b = p.m().init() >= 0 ? p.src().evaluateFor(ctx, p.m().init(), tpl) : null;
                    if (own.flags() != p.m().flags() || !Compare.identical(a, b)) {
                        throw fatal(tpl, c.name + " and " + t.name + " define the same property ($" + own.name()
                                + ") in the composition of " + c.name + ". However, the definition differs and is considered"
                                + " incompatible. Class was composed");
                    }
                    continue;
                }
                boolean dup = false;
                for (TraitProp q : c.traitProps) dup |= q.m().name().equals(p.m().name());
                if (!dup) c.traitProps.add(p);
            }
        }
    }

    /** The properties {@code c}'s layout declares: its own, an enum's name/value, then those taken from traits. */
    static List<ClassTemplate.Member> ownProps(PhpClass c) {
        List<ClassTemplate.Member> out = new ArrayList<>(Enums.props(c.tpl));
        out.addAll(c.tpl.props);
        for (TraitProp p : c.traitProps) out.add(p.m());
        return out;
    }

    /** {@code class_uses}: the traits {@code c} uses directly, name => name. */
    public static PhpArray uses(PhpClass c) {
        PhpArray a = new PhpArray();
        for (PhpClass t : c.traits) a.putStr(t.name, t.name);
        return a;
    }

    /**
     * The class of the innermost PHP method on the stack (its generated name {@code m$Class$m} or
     * {@code s$Class$m}): {@code self} for library functions that take a class name, such as
     * {@code constant('self::X')}; null outside methods.
     */
    public static PhpClass callerClass(Context ctx) {
        String cls = StackWalker.getInstance().walk(frames -> frames
                .filter(f -> f.getClassName().startsWith(SourceLocation.GENERATED_PACKAGE))
                .map(StackWalker.StackFrame::getMethodName)
                .filter(m -> m.startsWith("m$") || m.startsWith("s$"))
                .findFirst().map(m -> m.substring(2, m.indexOf('$', 2) < 0 ? m.length() : m.indexOf('$', 2)))
                .orElse(null));
        return cls == null ? null : ctx.findClass(cls);
    }

    /** The method table of {@code c} in insertion order. */
    public static java.util.Collection<MethodInfo> methods(PhpClass c) { return c.methods.values(); }

    /**
     * {@code c}'s methods in php's function table order: the declared ones, then the inherited
     * ones in the parent's order, then those its traits added (traits are bound after inheritance).
     */
    public static java.util.List<MethodInfo> tableOrder(PhpClass c) {
        java.util.LinkedHashSet<String> keys = new java.util.LinkedHashSet<>();
        for (MethodInfo m : c.tpl.methods) keys.add(m.name.toLowerCase(java.util.Locale.ROOT));
        if (c.parent != null) for (MethodInfo m : tableOrder(c.parent)) keys.add(m.name.toLowerCase(java.util.Locale.ROOT));
        keys.addAll(c.methods.keySet());
        java.util.List<MethodInfo> out = new java.util.ArrayList<>();
        for (String k : keys) {
            MethodInfo m = c.methods.get(k);
            if (m != null) out.add(m);
        }
        return out;
    }

    /** php's deprecation for {@code T::m()} called on a trait itself. */
    static void checkDirectCall(Context ctx, PhpClass cls, MethodInfo m) {
        if (cls.tpl.kind == ClassTemplate.KIND_TRAIT && m.isStatic()) {
            ctx.deprecated("Calling static trait method " + cls.name + "::" + m.name
                    + " is deprecated, it should only be called on a class using the trait");
        }
    }
}
