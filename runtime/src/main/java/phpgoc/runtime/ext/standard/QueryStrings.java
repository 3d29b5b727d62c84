package phpgoc.runtime.ext.standard;

import phpgoc.runtime.Args;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.Ref;

/** {@code parse_str()}: a query string into an array, with php's rules for names and {@code []}. */
public final class QueryStrings {
    private QueryStrings() {}

    public static Object parse_str(Object string, Ref result) {
        String s = Args.str(string, "parse_str", 1, "string");
        PhpArray out = new PhpArray();
        for (String pair : s.split("&", -1)) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            String name = Encodings.urlDecode(eq < 0 ? pair : pair.substring(0, eq), true);
            String value = eq < 0 ? "" : Encodings.urlDecode(pair.substring(eq + 1), true);
            register(out, name, value);
        }
        result.value = out;
        return null;
    }

    /** php_register_variable_ex: {@code a.b[x][]=v} sets {@code $out['a_b']['x'][] = v}. */
    static void register(PhpArray out, String name, String value) {
        int start = 0;
        while (start < name.length() && name.charAt(start) == ' ') start++;
        StringBuilder base = new StringBuilder();
        int bracket = -1;
        for (int i = start; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '[') { bracket = i; break; }
            base.append(c == ' ' || c == '.' ? '_' : c);
        }
        if (base.isEmpty()) return;
        if (bracket >= 0 && name.indexOf(']', bracket + 1) < 0) {
            // an unclosed '[' is not an index: it becomes '_' and the rest stays as written
            base.append('_').append(name, bracket + 1, name.length());
            bracket = -1;
        }
        PhpArray table = out;
        String index = base.toString();
        int ip = bracket;
        while (ip >= 0) {
            // name[...]: descend into (or create) the array at index, then read the next key
            int close = name.indexOf(']', ip + 1);
            if (close < 0) break; // not an index: what was read so far is the key
            String next = close == ip + 1 ? null : name.substring(ip + 1, close);
            table = child(table, index);
            index = next;
            ip = close + 1 < name.length() && name.charAt(close + 1) == '[' ? close + 1 : -1;
        }
        if (index == null) table.append(value); else table.put(index, value);
    }

    private static PhpArray child(PhpArray table, String index) {
        if (index == null) {
            PhpArray a = new PhpArray();
            table.append(a);
            return a;
        }
        Object v = table.lookup(index);
        if (v instanceof PhpArray a) return a;
        PhpArray a = new PhpArray();
        table.put(index, a);
        return a;
    }
}
