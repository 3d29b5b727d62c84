package phpgoc.runtime.ext.standard;

import java.util.IdentityHashMap;
import java.util.Map;
import phpgoc.runtime.Context;
import phpgoc.runtime.Convert;
import phpgoc.runtime.ObjectOps;
import phpgoc.runtime.PhpObject;
import java.util.List;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.Ref;
import phpgoc.runtime.Values;

/**
 * {@code var_dump}, {@code print_r} and {@code var_export}, byte for byte as php 8.2 prints them.
 * Recursion (only possible through references) is detected by the identity of the array being
 * printed.
 */
public final class Var {
    private Var() {}

    // ---- var_dump

    public static void var_dump(Context ctx, Object value, Object[] values) {
        StringBuilder sb = new StringBuilder();
        IdentityHashMap<Object, Boolean> seen = new IdentityHashMap<>();
        dump(sb, value, 0, false, seen);
        for (Object v : values) dump(sb, v, 0, false, seen);
        ctx.out.write(sb.toString());
    }

    /** The var_dump text of one value (no context needed), for tests and other runtime code. */
    public static String dumpToString(Object value) {
        StringBuilder sb = new StringBuilder();
        dump(sb, value, 0, false, new IdentityHashMap<>());
        return sb.toString();
    }

    private static void dump(StringBuilder sb, Object v, int indent, boolean ref, Map<Object, Boolean> seen) {
        if (v instanceof Ref r) {
            dump(sb, r.get(), indent, r.isShared(), seen);
            return;
        }
        if (v instanceof PhpArray a && seen.containsKey(a)) {
            spaces(sb, indent).append("*RECURSION*\n");
            return;
        }
        spaces(sb, indent);
        if (ref) sb.append('&');
        if (v == null || v == Values.UNDEF) sb.append("NULL\n");
        else if (v instanceof Boolean b) sb.append("bool(").append(b).append(")\n");
        else if (v instanceof Long l) sb.append("int(").append(l).append(")\n");
        else if (v instanceof Double d) sb.append("float(").append(Fmt.repr(d)).append(")\n");
        else if (Values.isString(v)) {
            String s = Convert.toStr(v);
            sb.append("string(").append(s.length()).append(") \"").append(s).append("\"\n");
        } else if (v instanceof PhpArray a) {
            sb.append("array(").append(a.size()).append(") {\n");
            seen.put(a, Boolean.TRUE);
            for (int p = a.firstPos(); p >= 0; p = a.nextPos(p)) {
                Object k = a.keyAt(p);
                spaces(sb, indent + 2).append('[');
                if (k instanceof Long) sb.append(k);
                else sb.append('"').append(k).append('"');
                sb.append("]=>\n");
                dump(sb, Fmt.rawAt(a, p), indent + 2, false, seen);
            }
            seen.remove(a);
            spaces(sb, indent).append("}\n");
        } else if (v instanceof PhpObject o) {
            if (seen.containsKey(o)) {
                sb.setLength(sb.length() - (ref ? 1 : 0));
                sb.append("*RECURSION*\n");
                return;
            }
            if (phpgoc.runtime.Enums.isCase(o)) {
                sb.append("enum(").append(o.cls.name).append("::").append(phpgoc.runtime.Enums.caseName(o)).append(")\n");
                return;
            }
            List<ObjectOps.Property> props = phpgoc.runtime.Magic.debugProperties(o);
            sb.append("object(").append(o.cls.name).append(")#").append(o.id).append(" (").append(props.size()).append(") {\n");
            seen.put(o, Boolean.TRUE);
            boolean plain = o.cls.findMethod("__debuginfo") == null;
            int next = 0;
            for (phpgoc.runtime.PhpClass.PropInfo d : plain ? o.cls.properties() : List.<phpgoc.runtime.PhpClass.PropInfo>of()) {
                if (o.getSlot(d.slot()) != Values.UNDEF) {
                    dumpProperty(sb, props.get(next++), indent, seen);
                } else if (d.isTyped()) {
                    // a typed property not yet initialised: php shows its type
                    spaces(sb, indent + 2).append("[\"").append(d.name()).append('"');
                    if (d.isProtected()) sb.append(":protected");
                    else if (d.isPrivate()) sb.append(":\"").append(d.declaring().name).append("\":private");
                    sb.append("]=>\n");
                    spaces(sb, indent + 2).append("uninitialized(").append(phpgoc.runtime.PropTypes.typeName(d)).append(")\n");
                }
            }
            for (ObjectOps.Property p : props.subList(next, props.size())) dumpProperty(sb, p, indent, seen);
            seen.remove(o);
            spaces(sb, indent).append("}\n");
        } else if (v instanceof phpgoc.runtime.PhpResource r) {
            sb.append("resource(").append(r.id).append(") of type (").append(r.type()).append(")\n");
        } else {
            sb.append(Values.typeName(v)).append('\n');
        }
    }

    private static void dumpProperty(StringBuilder sb, ObjectOps.Property p, int indent, Map<Object, Boolean> seen) {
        if (p.visibility() == ObjectOps.Property.INDEX) {
            spaces(sb, indent + 2).append('[').append(p.name()).append("]=>\n");
            dump(sb, p.value(), indent + 2, false, seen);
            return;
        }
        spaces(sb, indent + 2).append("[\"").append(p.name()).append('"');
        if (p.visibility().equals("protected")) sb.append(":protected");
        else if (!p.visibility().isEmpty()) sb.append(":\"").append(p.visibility()).append("\":private");
        sb.append("]=>\n");
        dump(sb, p.value(), indent + 2, false, seen);
    }

    // ---- print_r

    public static Object print_r(Context ctx, Object value) { return print_r(ctx, value, false); }

    public static Object print_r(Context ctx, Object value, Object return_) {
        StringBuilder sb = new StringBuilder();
        printR(sb, value, 0, new IdentityHashMap<>());
        if (return_ != Values.UNDEF && Convert.toBool(return_)) return sb.toString();
        ctx.out.write(sb.toString());
        return Boolean.TRUE;
    }

    private static void printR(StringBuilder sb, Object v, int indent, Map<Object, Boolean> seen) {
        v = Values.deref(v);
        if (v instanceof PhpObject o) {
            sb.append(o.cls.name).append(phpgoc.runtime.Enums.printRKind(o)).append('\n');
            if (seen.containsKey(o)) {
                sb.append(" *RECURSION*");
                return;
            }
            seen.put(o, Boolean.TRUE);
            spaces(sb, indent).append("(\n");
            for (ObjectOps.Property p : phpgoc.runtime.Magic.debugProperties(o)) {
                spaces(sb, indent + 4).append('[').append(p.name());
                if (p.visibility().equals("protected")) sb.append(":protected");
                else if (!p.visibility().isEmpty() && p.visibility() != ObjectOps.Property.INDEX) {
                    sb.append(':').append(p.visibility()).append(":private");
                }
                sb.append("] => ");
                printR(sb, p.value(), indent + 8, seen);
                sb.append('\n');
            }
            spaces(sb, indent).append(")\n");
            seen.remove(o);
            return;
        }
        if (!(v instanceof PhpArray a)) {
            sb.append(Convert.toStr(v));
            return;
        }
        sb.append("Array\n");
        if (seen.containsKey(a)) {
            sb.append(" *RECURSION*");
            return;
        }
        seen.put(a, Boolean.TRUE);
        spaces(sb, indent).append("(\n");
        for (int p = a.firstPos(); p >= 0; p = a.nextPos(p)) {
            spaces(sb, indent + 4).append('[').append(a.keyAt(p)).append("] => ");
            printR(sb, a.valueAt(p), indent + 8, seen);
            sb.append('\n');
        }
        spaces(sb, indent).append(")\n");
        seen.remove(a);
    }

    // ---- var_export

    public static Object var_export(Context ctx, Object value) { return var_export(ctx, value, false); }

    public static Object var_export(Context ctx, Object value, Object return_) {
        StringBuilder sb = new StringBuilder();
        export(sb, value, 1, new IdentityHashMap<>());
        if (return_ != Values.UNDEF && Convert.toBool(return_)) return sb.toString();
        ctx.out.write(sb.toString());
        return null;
    }

    private static void export(StringBuilder sb, Object v, int level, Map<Object, Boolean> seen) {
        v = Values.deref(v);
        if (v == null || v instanceof phpgoc.runtime.PhpResource) sb.append("NULL");
        else if (v instanceof Boolean b) sb.append(b ? "true" : "false");
        else if (v instanceof Long l) sb.append(l == Long.MIN_VALUE ? "-9223372036854775807-1" : l.toString());
        else if (v instanceof Double d) sb.append(exportDouble(d));
        else if (Values.isString(v)) sb.append(exportString(Convert.toStr(v)));
        else if (v instanceof PhpArray a) {
            if (seen.containsKey(a)) {
                Fmt.warning("var_export does not handle circular references");
                sb.append("NULL");
                return;
            }
            seen.put(a, Boolean.TRUE);
            if (level > 1) {
                sb.append('\n');
                spaces(sb, level - 1);
            }
            sb.append("array (\n");
            for (int p = a.firstPos(); p >= 0; p = a.nextPos(p)) {
                Object k = a.keyAt(p);
                spaces(sb, level + 1);
                if (k instanceof Long) sb.append(k);
                else sb.append(exportString((String) k));
                sb.append(" => ");
                export(sb, a.valueAt(p), level + 2, seen);
                sb.append(",\n");
            }
            if (level > 1) spaces(sb, level - 1);
            sb.append(')');
            seen.remove(a);
        } else if (v instanceof PhpObject o) {
            if (seen.containsKey(o)) {
                Fmt.warning("var_export does not handle circular references");
                sb.append("NULL");
                return;
            }
            seen.put(o, Boolean.TRUE);
            if (level > 1) {
                sb.append('\n');
                spaces(sb, level - 1);
            }
            if (phpgoc.runtime.Enums.isCase(o)) {
                seen.remove(o);
                sb.append('\\').append(o.cls.name).append("::").append(phpgoc.runtime.Enums.caseName(o));
                return;
            }
            boolean std = o.cls.name.equals("stdClass");
            sb.append(std ? "(object) array(\n" : "\\" + o.cls.fullName + "::__set_state(array(\n");
            PhpArray table = o.internal == null ? null : o.internal.propertyTable();
            if (table != null && o.internal.tableAfterProperties()) {
                for (ObjectOps.Property p : ObjectOps.properties(o)) {
                    spaces(sb, level + 2).append(exportString(p.name())).append(" => ");
                    export(sb, p.value(), level + 2, seen);
                    sb.append(",\n");
                }
            }
            if (table != null) {
                for (int p = table.firstPos(); p >= 0; p = table.nextPos(p)) {
                    Object k = table.keyAt(p);
                    spaces(sb, level + 2).append(k instanceof Long ? k.toString() : exportString((String) k)).append(" => ");
                    export(sb, table.valueAt(p), level + 2, seen);
                    sb.append(",\n");
                }
            } else {
                for (ObjectOps.Property p : ObjectOps.properties(o)) {
                    spaces(sb, level + 2).append(exportString(p.name())).append(" => ");
                    export(sb, p.value(), level + 2, seen);
                    sb.append(",\n");
                }
            }
            if (level > 1) spaces(sb, level - 1);
            sb.append(std ? ")" : "))");
            seen.remove(o);
        } else {
            sb.append(Values.typeName(v));
        }
    }

    /** A float as var_export writes it: serialize_precision, with ".0" added to integral values. */
    static String exportDouble(double d) {
        String s = Fmt.repr(d);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c == '-' || (c >= '0' && c <= '9'))) return s;
        }
        return s + ".0";
    }

    /** A single-quoted PHP string literal: {@code \} and {@code '} escaped, NUL bytes as {@code ' . "\0" . '}. */
    static String exportString(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('\'');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == '\'') sb.append('\\').append(c);
            else if (c == 0) sb.append("' . \"\\0\" . '");
            else sb.append(c);
        }
        return sb.append('\'').toString();
    }

    private static StringBuilder spaces(StringBuilder sb, int n) {
        for (int i = 0; i < n; i++) sb.append(' ');
        return sb;
    }
}
