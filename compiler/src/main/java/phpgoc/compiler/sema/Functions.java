package phpgoc.compiler.sema;

import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import phpgoc.ast.FunctionDecl;
import phpgoc.ast.Name;
import phpgoc.ast.Param;
import phpgoc.runtime.Context;
import phpgoc.runtime.Ref;
import phpgoc.runtime.ext.Builtins;

/** What the compiler knows about a called name: a function of this file, a builtin, an intrinsic, or unknown. */
public final class Functions {
    public enum Kind { USER, BUILTIN, INTRINSIC, UNKNOWN }

    /** Functions the compiler implements inline when called by name (they depend on the calling code), also library functions for dynamic calls. */
    static final Set<String> INTRINSICS = Set.of("define", "defined", "constant",
            "get_object_vars", "get_called_class", "get_class_vars", "forward_static_call", "forward_static_call_array");

    /** Top-level unconditional functions of this file by lower-case name. */
    public final Map<String, FunctionDecl> user = new LinkedHashMap<>();

    public static String bare(String name) {
        return name.startsWith("\\") ? name.substring(1) : name;
    }

    /**
     * The name a call of the resolved {@code name} most likely binds to, for what the compiler
     * assumes about it: the namespaced function if this file declares it, else the global fallback
     * of an unqualified name in a namespace (see {@link Name#fallback()}).
     */
    public String effective(Name name) {
        String global = name.fallback();
        return global == null || kind(name.text()) == Kind.USER ? name.text() : global;
    }

    public Kind kind(String name) {
        String l = bare(name).toLowerCase(Locale.ROOT);
        if (user.containsKey(l)) return Kind.USER;
        // intrinsics are library functions too (for dynamic calls), compiled inline when called by name
        if (INTRINSICS.contains(l)) return Kind.INTRINSIC;
        if (Builtins.exists(l) && !Builtins.overloads(l).isEmpty()) return Kind.BUILTIN;
        return Kind.UNKNOWN;
    }

    public FunctionDecl userDecl(String name) { return user.get(bare(name).toLowerCase(Locale.ROOT)); }

    /** Whether argument {@code i} of a call of {@code name} is passed by reference (unknown: assume yes for variables). */
    public boolean byRefArg(String name, int i) {
        return switch (kind(name)) {
            case USER -> {
                List<Param> ps = userDecl(name).params();
                if (i < ps.size()) yield ps.get(i).byRef();
                yield !ps.isEmpty() && ps.get(ps.size() - 1).variadic() && ps.get(ps.size() - 1).byRef();
            }
            case BUILTIN -> {
                for (Method m : Builtins.overloads(bare(name).toLowerCase(Locale.ROOT))) {
                    Class<?>[] pt = m.getParameterTypes();
                    int first = pt.length > 0 && pt[0] == Context.class ? 1 : 0;
                    if (first + i < pt.length && pt[first + i] == Ref.class) yield true;
                }
                yield false;
            }
            case INTRINSIC -> false;
            case UNKNOWN -> true;
        };
    }
}
