package phpgoc.runtime;

import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.List;

/**
 * What the compiler knows about one {@code class}/{@code interface} declaration, generated into its
 * unit's static initialiser: names as written, flags, members, and handles to the method bodies
 * (static methods {@code (Context, ClassTemplate self, Object thisOrStatic, params...)}) and to the
 * initialiser evaluator {@code (Context, int)Object} that computes property defaults and constant
 * values per context. Context-independent: one instance serves every context (see docs/objects.md).
 */
public final class ClassTemplate {
    public static final int KIND_CLASS = 0, KIND_INTERFACE = 1, KIND_TRAIT = 2, KIND_ENUM = 3;
    /** Member and class flags: the AST's {@code Modifiers} bits. */
    public static final int PUBLIC = 1, PROTECTED = 2, PRIVATE = 4, STATIC = 8, ABSTRACT = 16, FINAL = 32, READONLY = 64;
    /** A property with a declared type (uninitialised until assigned when it has no default). */
    public static final int TYPED = 1 << 10;
    /** A class with {@code #[AllowDynamicProperties]}: no deprecation for dynamic properties. */
    public static final int ALLOW_DYNAMIC = 1 << 11;
    /** A method with {@code #[ReturnTypeWillChange]}: no deprecation for a missing tentative return type. */
    public static final int RETURN_TYPE_WILL_CHANGE = 1 << 12;

    public final String name;
    /** A built-in class whose Java methods never keep or return {@code $this}: its instances are released as user objects are. */
    public boolean releasable;
    public final int kind;
    public final int flags;
    /** The parent's name as written, or null. */
    public final String parent;
    public final String[] interfaces;
    /** {@code (Context, int index)Object}: the value of initialiser {@code index}; null without initialisers. */
    public final MethodHandle init;
    public final String file;
    public final int line;
    final List<Member> props = new ArrayList<>();
    final List<Member> statics = new ArrayList<>();
    final List<Member> constants = new ArrayList<>();
    final List<MethodInfo> methods = new ArrayList<>();
    /** Names of the used traits as written ({@code use A, B;}), and their adaptation rules. */
    final List<String> traits = new ArrayList<>();
    final List<TraitRule> traitRules = new ArrayList<>();
    /** Enum cases in order (init -1 for a pure enum's case); the backing type ("int"/"string"), null when pure. */
    final List<Member> cases = new ArrayList<>();
    String backing;

    /** {@code T::m insteadof A, B;} (insteadof non-empty) or {@code [T::]m as [visibility] [alias];}. */
    record TraitRule(String trait, String method, String[] insteadof, int visibility, String alias) {}
    /** Declared types of typed properties by name ({@link PropTypes}). */
    final java.util.Map<String, PropTypes.PropType> propTypes = new java.util.HashMap<>();

    /** A property or constant: initialiser index -1 when it has none. */
    record Member(String name, int flags, int init) {}

    /** An anonymous class ({@code new class {...}}): only their generated names hold a NUL. */
    public boolean isAnonymous() { return name.indexOf('\0') >= 0; }

    /** The name in messages: an anonymous class's up to its NUL ({@code class@anonymous}). */
    public String displayName() {
        int nul = name.indexOf('\0');
        return nul < 0 ? name : name.substring(0, nul);
    }

    public ClassTemplate(String name, int kind, int flags, String parent, String[] interfaces, MethodHandle init,
                         String file, int line) {
        this.name = name;
        this.kind = kind;
        this.flags = flags;
        this.parent = parent;
        this.interfaces = interfaces;
        this.init = init;
        this.file = file;
        this.line = line;
    }

    public ClassTemplate prop(String name, int flags, int init) {
        props.add(new Member(name, flags, init));
        return this;
    }

    /** The declared type of property {@code name} (after {@link #prop}). */
    public ClassTemplate propType(String name, int mask, String type) { return propType(name, mask, type, type); }

    /** As {@link #propType(String, int, String)}; {@code check} spells self/parent as the classes they name. */
    public ClassTemplate propType(String name, int mask, String type, String check) {
        propTypes.put(name, new PropTypes.PropType(mask, type, check));
        return this;
    }

    public ClassTemplate staticProp(String name, int flags, int init) {
        statics.add(new Member(name, flags, init));
        return this;
    }

    public ClassTemplate constant(String name, int flags, int init) {
        constants.add(new Member(name, flags, init));
        return this;
    }

    /** A method; {@code body} is null for an abstract method. */
    public ClassTemplate method(String name, int flags, MethodHandle body, ParamInfo[] params) {
        methods.add(new MethodInfo(this, name, flags, body, params));
        return this;
    }

    /** The signature of the method added last, for php's inheritance checks ({@link Signatures}). */
    public ClassTemplate signature(String sig) {
        methods.get(methods.size() - 1).signature = sig;
        return this;
    }

    /** {@link MethodInfo#keptParams} of the method added last. */
    public ClassTemplate keptParams(int mask) {
        methods.get(methods.size() - 1).keptParams = mask;
        return this;
    }

    /** The generated method of the body of the method added last (see {@link MethodInfo#javaName}). */
    public ClassTemplate javaMethod(String name) {
        methods.get(methods.size() - 1).javaName = name;
        return this;
    }

    /** Reflection's metadata of the method added last ({@code ext.reflection.Meta}). */
    public ClassTemplate methodMeta(String meta) {
        MethodInfo m = methods.get(methods.size() - 1);
        m.meta = meta;
        m.metaTpl = this;
        return this;
    }

    /** Reflection's metadata of the class itself ({@code ext.reflection.Meta}); null for built-ins. */
    public String meta;

    public ClassTemplate classMeta(String meta) {
        this.meta = meta;
        return this;
    }

    /** {@code use name;} in the class body. */
    public ClassTemplate useTrait(String name) {
        traits.add(name);
        return this;
    }

    /** A trait adaptation rule; {@code trait} and {@code alias} may be null, {@code visibility} 0 when unchanged. */
    public ClassTemplate traitRule(String trait, String method, String[] insteadof, int visibility, String alias) {
        traitRules.add(new TraitRule(trait, method, insteadof, visibility, alias));
        return this;
    }

    /** An enum case; {@code init} is its value's initialiser index (-1 for a pure enum). */
    public ClassTemplate enumCase(String name, int init) {
        cases.add(new Member(name, PUBLIC, init));
        return this;
    }

    /** The backing type of a backed enum: "int" or "string". */
    public ClassTemplate backedBy(String type) {
        backing = type;
        return this;
    }

    public boolean isInterface() { return kind == KIND_INTERFACE; }

    /** Evaluates initialiser {@code index} in {@code ctx}. */
    /**
     * {@link #evaluate} of a member {@code self} takes from this template: a trait's initialisers
     * read their {@code self} from {@link Context#traitSelf} (the using class), as php copies them.
     */
    public Object evaluateFor(Context ctx, int index, ClassTemplate self) {
        if (kind != KIND_TRAIT) return evaluate(ctx, index);
        ClassTemplate saved = ctx.traitSelf;
        ctx.traitSelf = self;
        try {
            return evaluate(ctx, index);
        } finally {
            ctx.traitSelf = saved;
        }
    }

    public Object evaluate(Context ctx, int index) {
        try {
            return init.invokeExact(ctx, index);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override public String toString() { return "ClassTemplate[" + name + "]"; }
}
