package phpgoc.runtime.ext.reflection;

import phpgoc.runtime.Convert;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.PhpObject;
import phpgoc.runtime.Traces;
import phpgoc.runtime.Values;

/**
 * A default value as Reflection's export text prints it (php's {@code format_default_value}):
 * {@code NULL}, {@code true}, {@code 1.0}, {@code 'a\n'}, {@code [1, 2]}, {@code ['k' => 1]}.
 * Used for property defaults at run time and by the compiler for parameter defaults it folds.
 */
public final class ExportText {
    private ExportText() {}

    public static String value(Object v) {
        StringBuilder sb = new StringBuilder();
        value(sb, Values.deref(v));
        return sb.toString();
    }

    private static void value(StringBuilder sb, Object v) {
        switch (v) {
            case null -> sb.append("NULL");
            case Boolean b -> sb.append(b ? "true" : "false");
            case Long l -> sb.append(l);
            case Double d -> sb.append(dbl(d, true));
            case PhpArray a -> {
                boolean list = true;
                long i = 0;
                for (int p = a.firstPos(); p >= 0; p = a.nextPos(p), i++) if (!Long.valueOf(i).equals(a.keyAt(p))) list = false;
                sb.append('[');
                boolean first = true;
                for (int p = a.firstPos(); p >= 0; p = a.nextPos(p)) {
                    if (!first) sb.append(", ");
                    first = false;
                    Object k = a.keyAt(p);
                    if (!list) sb.append(k instanceof String s ? "'" + escaped(s) + "'" : k).append(" => ");
                    value(sb, Values.deref(a.valueAt(p)));
                }
                sb.append(']');
            }
            case PhpObject o -> sb.append("object(").append(o.cls.name).append(')');
            default -> sb.append('\'').append(escaped(Convert.toStr(v))).append('\'');
        }
    }

    /** php's smart_str_append_double at precision 14; {@code zeroFrac} adds ".0" to an integral value. */
    public static String dbl(double d, boolean zeroFrac) {
        String s = Convert.toStr(d);
        if (zeroFrac && s.chars().allMatch(c -> c == '-' || Character.isDigit(c))) s += ".0";
        return s;
    }

    static String escaped(String s) {
        StringBuilder sb = new StringBuilder();
        Traces.appendEscaped(sb, s, s.length());
        return sb.toString();
    }
}
