package phpgoc.runtime.ext.reflection;

import static phpgoc.runtime.BuiltinMethods.params;
import static phpgoc.runtime.ext.reflection.Reflections.PUB;
import static phpgoc.runtime.ext.reflection.Reflections.h;
import static phpgoc.runtime.ext.reflection.Reflections.target;

import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.List;
import phpgoc.runtime.ClassTemplate;
import phpgoc.runtime.Context;
import phpgoc.runtime.Convert;
import phpgoc.runtime.Introspect;
import phpgoc.runtime.MethodInfo;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.PhpClass;
import phpgoc.runtime.Values;

/** {@code ReflectionClass::__toString()}: php's {@code _class_string} for user classes. */
final class RClassText {
    private RClassText() {}

    private static final MethodHandles.Lookup L = MethodHandles.lookup();

    static void declare(ClassTemplate c) { c.method("__toString", PUB, h(L, "toString", 0), params()); }

    static Object toString(Context ctx, ClassTemplate self, Object t) {
        RClass.Cls s = target(t, RClass.Cls.class);
        PhpClass c = s.cls();
        StringBuilder sb = new StringBuilder();
        Meta.Cls meta = s.meta();
        if (meta != null && meta.doc() != null) sb.append(meta.doc()).append('\n');
        boolean iface = c.isInterface(), trait = c.tpl.kind == ClassTemplate.KIND_TRAIT, isEnum = Introspect.isEnum(c);
        if (s.object() != null) sb.append("Object of class [ ");
        else sb.append(iface ? "Interface" : trait ? "Trait" : "Class").append(" [ ");
        sb.append(c.tpl.file == null ? "<internal" : "<user").append("> ");
        if (c.isA("traversable")) sb.append("<iterateable> ");
        if (iface) sb.append("interface ");
        else if (trait) sb.append("trait ");
        else {
            if (c.isAbstract()) sb.append("abstract ");
            if ((c.tpl.flags & ClassTemplate.FINAL) != 0 || isEnum) sb.append("final ");
            if ((c.tpl.flags & ClassTemplate.READONLY) != 0) sb.append("readonly ");
            sb.append("class "); // php 8.2 prints an enum as a final class
        }
        sb.append(c.name);
        if (c.parent != null) sb.append(" extends ").append(c.parent.name);
        List<PhpClass> is = Introspect.interfaces(c);
        for (int i = 0; i < is.size(); i++) sb.append(i > 0 ? ", " : iface ? " extends " : " implements ").append(is.get(i).name);
        sb.append(" ] {\n");
        if (c.tpl.file != null && meta != null) sb.append("  @@ ").append(c.tpl.file).append(' ').append(c.tpl.line).append('-').append(meta.endLine()).append('\n');
        List<Introspect.Const> ks = RClass.constants(c);
        sb.append("\n  - Constants [").append(ks.size()).append("] {\n");
        for (Introspect.Const k : ks) constant(sb, c, k);
        sb.append("  }\n");
        List<RMembers.Prop> statics = new ArrayList<>(), props = new ArrayList<>(), dynamic = new ArrayList<>();
        for (RMembers.Prop p : RMembers.properties(c, s.object())) (p.dynamic() ? dynamic : p.isStatic() ? statics : props).add(p);
        props(sb, "Static properties", statics);
        List<MethodInfo> sm = new ArrayList<>(), im = new ArrayList<>();
        for (MethodInfo m : Introspect.methods(c)) (m.isStatic() ? sm : im).add(m);
        methods(sb, c, "Static methods", sm);
        props(sb, "Properties", props);
        if (s.object() != null) props(sb, "Dynamic properties", dynamic);
        methods(sb, c, "Methods", im);
        return sb.append("}\n").toString();
    }

    /** php's _class_const_string: {@code Constant [ public int X ] { 1 }}. */
    private static void constant(StringBuilder sb, PhpClass c, Introspect.Const k) {
        Object v = Values.deref(Introspect.constantValue(c, k.name()));
        int f = k.flags();
        String vis = (f & ClassTemplate.PRIVATE) != 0 ? "private" : (f & ClassTemplate.PROTECTED) != 0 ? "protected" : "public";
        sb.append("    Constant [ ").append((f & ClassTemplate.FINAL) != 0 ? "final " : "").append(vis).append(' ')
                .append(Values.typeName(v)).append(' ').append(k.name()).append(" ] { ")
                .append(v instanceof PhpArray ? "Array" : v instanceof phpgoc.runtime.PhpObject ? "Object" : Convert.toStr(v)).append(" }\n");
    }

    private static void props(StringBuilder sb, String title, List<RMembers.Prop> ps) {
        sb.append("\n  - ").append(title).append(" [").append(ps.size()).append("] {\n");
        for (RMembers.Prop p : ps) sb.append(RMembers.text(p, "    "));
        sb.append("  }\n");
    }

    private static void methods(StringBuilder sb, PhpClass c, String title, List<MethodInfo> ms) {
        sb.append("\n  - ").append(title).append(" [").append(ms.size()).append("] {");
        for (MethodInfo m : ms) {
            sb.append('\n');
            RFunctionText.text(sb, RFunction.ofMethod(c, m), c, "    ");
        }
        if (ms.isEmpty()) sb.append('\n');
        sb.append("  }\n");
    }
}
