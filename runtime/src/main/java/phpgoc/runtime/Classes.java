package phpgoc.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Declaring classes in a context and finding them by name ({@code self}, {@code parent}, strings, objects). */
public final class Classes {
    private Classes() {}

    /** The built-in {@code stdClass}: no members, dynamic properties without deprecation. */
    public static final ClassTemplate STD_CLASS = new ClassTemplate("stdClass", ClassTemplate.KIND_CLASS, 0, null,
            new String[0], null, null, 0);

    /** What unserialize makes of an object whose class does not exist (its name in {@code __PHP_Incomplete_Class_Name}). */
    public static final ClassTemplate INCOMPLETE_CLASS = new ClassTemplate("__PHP_Incomplete_Class", ClassTemplate.KIND_CLASS,
            ClassTemplate.ALLOW_DYNAMIC, null, new String[0], null, null, 0);

    /** Built-in classes by lower-case name, declared in a context on first lookup. */
    private static final Map<String, ClassTemplate> BUILTIN = Map.of("stdclass", STD_CLASS,
            "__php_incomplete_class", INCOMPLETE_CLASS, "closure", Closures.TEMPLATE, "generator", Generators.TEMPLATE);

    /** A class declaration statement runs: links {@code tpl} and declares it (nothing if it was hoisted). */
    public static void declare(Context ctx, ClassTemplate tpl) {
        if (ctx.classOf(tpl) != null) return;
        PhpClass parent = null;
        if (tpl.parent != null) {
            parent = ctx.loadClass(tpl.parent);
            if (parent == null) throw new PhpError("Error", "Class \"" + tpl.parent + "\" not found");
        }
        // php loads the parent, then the traits, then the interfaces
        List<PhpClass> traits = new ArrayList<>();
        for (String t : tpl.traits) {
            PhpClass c = ctx.loadClass(t);
            if (c == null) throw new PhpError("Error", "Trait \"" + t + "\" not found");
            if (c.tpl.kind != ClassTemplate.KIND_TRAIT) {
                throw fatal(tpl, tpl.name + " cannot use " + c.name + " - it is not a trait");
            }
            traits.add(c);
        }
        List<PhpClass> ifaces = new ArrayList<>();
        for (String i : tpl.interfaces) {
            PhpClass c = ctx.loadClass(i);
            if (c == null) throw new PhpError("Error", "Interface \"" + i + "\" not found");
            ifaces.add(c);
        }
        Spl.addStringable(ctx, tpl, ifaces);
        if (tpl.kind == ClassTemplate.KIND_ENUM) Enums.addInterfaces(ctx, tpl, ifaces);
        link(ctx, tpl, parent, ifaces, traits);
    }

    /** {@code new class ...}: the anonymous class, declared the first time its expression runs. */
    public static PhpClass declareAnonymous(Context ctx, ClassTemplate tpl) {
        PhpClass c = ctx.classOf(tpl);
        if (c != null) return c;
        declare(ctx, tpl);
        return ctx.classOf(tpl);
    }

    /**
     * php's early binding at the start of a file: a top-level class without interfaces whose parent
     * (if any) is already declared is declared before the file's code runs.
     */
    public static void hoist(Context ctx, ClassTemplate tpl) {
        if (tpl.parent != null && ctx.findClass(tpl.parent) == null) return;
        if (!tpl.traits.isEmpty() || tpl.kind == ClassTemplate.KIND_ENUM) return; // php binds these at run time
        declare(ctx, tpl);
    }

    private static void link(Context ctx, ClassTemplate tpl, PhpClass parent, List<PhpClass> ifaces, List<PhpClass> traits) {
        String name = tpl.displayName();
        if (ctx.findClass(tpl.name) != null) {
            throw fatal(tpl, "Cannot declare " + kindName(tpl) + " " + name + ", because the name is already in use");
        }
        if (parent != null) {
            if (parent.isInterface()) throw fatal(tpl, "Class " + name + " cannot extend interface " + parent.name);
            if ((parent.tpl.flags & ClassTemplate.FINAL) != 0) {
                throw fatal(tpl, "Class " + name + " cannot extend final class " + parent.name);
            }
        }
        LinkChecks.check(tpl, parent);
        for (PhpClass i : ifaces) {
            if (!i.isInterface()) throw fatal(tpl, name + " cannot implement " + i.name + " - it is not an interface");
        }
        PhpClass c = new PhpClass(ctx, tpl, parent, ifaces, traits);
        // php's order: final, static, signature, then visibility, per overridden method; then interface methods
        for (MethodInfo m : tpl.methods) {
            MethodInfo old = parent == null ? null : parent.findMethod(m.name);
            if (old == null || old.isPrivate()) continue;
            if ((old.flags & ClassTemplate.FINAL) != 0) {
                throw new FatalError("Fatal error", "Cannot override final method " + old.display() + "()", tpl.file,
                        Signatures.line(m, tpl));
            }
            Signatures.check(ctx, c, m, old);
            int want = visibility(old.flags), have = visibility(m.flags);
            if (have > want) {
                throw new FatalError("Fatal error", "Access level to " + m.display() + "() must be " + visName(want)
                        + (want == ClassTemplate.PROTECTED ? " (as in class " + old.declaring.name + ") or weaker"
                        : " (as in class " + old.declaring.name + ")"), tpl.file, Signatures.line(m, tpl));
            }
        }
        for (PhpClass i : c.interfaces) {
            for (MethodInfo im : i.tpl.methods) {
                MethodInfo m = c.findMethod(im.name);
                if (m != null && m.declaring != im.declaring) Signatures.check(ctx, c, m, im);
            }
        }
        LinkChecks.internalInterfaces(ctx, c);
        if (tpl.kind == ClassTemplate.KIND_CLASS && (tpl.flags & ClassTemplate.ABSTRACT) == 0) {
            List<String> missing = new ArrayList<>();
            for (MethodInfo m : c.methods.values()) if (m.isAbstract()) missing.add(m.display());
            if (!missing.isEmpty()) {
                String list = String.join(", ", missing.subList(0, Math.min(3, missing.size())))
                        + (missing.size() > 3 ? ", ..." : "");
                throw fatal(tpl, "Class " + tpl.displayName() + " contains " + missing.size() + " abstract method"
                        + (missing.size() == 1 ? "" : "s") + " and must therefore be declared abstract or implement"
                        + " the remaining methods (" + list + ")");
            }
        }
        ctx.declareClass(c);
    }

    private static int visibility(int flags) {
        if ((flags & ClassTemplate.PRIVATE) != 0) return ClassTemplate.PRIVATE;
        if ((flags & ClassTemplate.PROTECTED) != 0) return ClassTemplate.PROTECTED;
        return ClassTemplate.PUBLIC;
    }

    private static String visName(int v) {
        return v == ClassTemplate.PRIVATE ? "private" : v == ClassTemplate.PROTECTED ? "protected" : "public";
    }

    static String kindName(ClassTemplate t) {
        return switch (t.kind) {
            case ClassTemplate.KIND_INTERFACE -> "interface";
            case ClassTemplate.KIND_TRAIT -> "trait";
            case ClassTemplate.KIND_ENUM -> "enum";
            default -> "class";
        };
    }

    private static FatalError fatal(ClassTemplate tpl, String msg) {
        return new FatalError("Fatal error", msg, tpl.file, tpl.line);
    }

    /** The built-in class {@code lower} (declared in {@code ctx} now), or null. */
    static PhpClass builtin(Context ctx, String lower) {
        ClassTemplate t = BUILTIN.get(lower);
        if (t == null) return Throwables.builtin(ctx, lower);
        List<PhpClass> ifaces = new ArrayList<>();
        for (String i : t.interfaces) ifaces.add(ctx.findClass(i));
        PhpClass c = new PhpClass(ctx, t, null, ifaces);
        ctx.declareClass(c);
        return c;
    }

    /** Whether code of class {@code scope} may use a protected member declared in {@code declaring}. */
    static boolean protectedVisible(Context ctx, PhpClass declaring, ClassTemplate scope) {
        if (scope == null) return false;
        if (declaring.tpl == scope) return true;
        PhpClass s = ctx.classOf(scope);
        if (s == null) return false;
        PhpClass root = declaring;
        return s.isSubclassOf(root) || root.isSubclassOf(s);
    }

    // ---- class references in generated code

    /** {@code Name::...}, {@code new Name}: the class or Error "Class "Name" not found". */
    public static PhpClass lookup(Context ctx, String name) {
        PhpClass c = ctx.loadClass(name);
        if (c == null) throw new PhpError("Error", "Class \"" + (name.startsWith("\\") ? name.substring(1) : name) + "\" not found");
        return c;
    }

    /** {@code self} in code of class {@code tpl}. */
    public static PhpClass self(Context ctx, ClassTemplate tpl) {
        if (tpl == null) throw new PhpError("Error", "Cannot access \"self\" when no class scope is active");
        PhpClass c = ctx.classOf(tpl);
        if (c == null) throw new PhpError("Error", "Class \"" + tpl.name + "\" not found");
        return c;
    }

    /** {@code parent} in code of class {@code tpl}. */
    public static PhpClass parent(Context ctx, ClassTemplate tpl) {
        if (tpl == null) throw new PhpError("Error", "Cannot access \"parent\" when no class scope is active");
        PhpClass c = self(ctx, tpl).parent;
        if (c == null) throw new PhpError("Error", "Cannot use \"parent\" when current class scope has no parent");
        return c;
    }

    /** {@code static}: the class of {@code $this}, or the called class of a static method. */
    public static PhpClass called(Object thisOrStatic) {
        if (thisOrStatic instanceof PhpObject o) return o.cls;
        if (thisOrStatic instanceof PhpClass c) return c;
        throw new PhpError("Error", "Cannot access \"static\" when no class scope is active");
    }

    /** {@code self::class}, {@code parent::class}, {@code static::class} in a closure, whose scope may be none. */
    public static String specialName(Context ctx, String which, ClassTemplate scope, Object thisOrStatic) {
        if (scope == null) throw new PhpError("Error", "Cannot use \"" + which + "\" in the global scope");
        return switch (which) {
            case "self" -> self(ctx, scope).name;
            case "parent" -> parent(ctx, scope).name;
            default -> called(thisOrStatic).name;
        };
    }

    /** {@code $x::...}, {@code new $x}: a class name string or an object. */
    public static PhpClass ofValue(Context ctx, Object v) {
        v = Values.deref(v);
        if (v instanceof PhpObject o) return o.cls;
        if (Values.isString(v)) return lookup(ctx, Convert.toStr(v));
        throw new PhpError("Error", "Class name must be a valid object or a string");
    }

    /** {@code $x::class}: the class name of an object; php's TypeError for any other value. */
    public static String classNameOf(Object v) {
        v = Values.deref(v);
        if (v instanceof PhpObject o) return o.cls.fullName;
        if (v instanceof PhpFunction) return "Closure";
        throw new PhpError("TypeError", "Cannot use \"::class\" on value of type " + Values.typeName(v));
    }

    /** Lower-case key of a class name as written (leading '\' dropped). */
    static String key(String name) {
        return (name.startsWith("\\") ? name.substring(1) : name).toLowerCase(Locale.ROOT);
    }
}
