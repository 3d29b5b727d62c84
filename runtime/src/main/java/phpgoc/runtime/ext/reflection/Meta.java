package phpgoc.runtime.ext.reflection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What Reflection needs of a declaration beyond what calls need: lines, doc comment, declared types
 * (php's spelling), parameter defaults and attribute arguments (as keys of lazily evaluated
 * initialiser expressions), attributes. The compiler encodes it into one string constant per
 * function body and per class ({@link Writer}); it is decoded here on first use by Reflection only.
 */
public final class Meta {
    private Meta() {}

    private static final char SEP = '\u0001', NULL = '\u0002';

    /** Parameter flags. */
    public static final int BY_REF = 1, VARIADIC = 2, OPTIONAL = 4, PROMOTED = 8;
    /** Function flags. */
    public static final int REF_RETURN = 1, STATIC = 2, GENERATOR = 4;

    /** {@code #[name(args)]}: {@code argNames[i]} null for a positional argument; {@code argKeys} evaluate them. */
    public record Attr(String name, String[] argNames, int[] argKeys) {}

    /**
     * One parameter: {@code type} "" when undeclared; {@code defKey} -1 without default; {@code defConst}
     * the constant a default names; {@code defText} the default as Reflection's export text prints it.
     */
    public record Param(String name, String type, int flags, int defKey, String defConst, String defText, List<Attr> attrs) {
        public boolean has(int f) { return (flags & f) != 0; }
    }

    /**
     * A {@code static $name} of a body: {@code key} its slot in the context's statics (before a
     * closure's or trait's suffix), {@code initKey} evaluates its initialiser (-1: none).
     */
    public record StaticVar(String name, String key, int initKey) {}

    /** A function, method or closure body. */
    public record Fn(int startLine, int endLine, String doc, String returnType, int flags, List<Param> params, List<Attr> attrs,
                     List<StaticVar> statics) {
        public boolean has(int f) { return (flags & f) != 0; }
    }

    /** A property ({@code $name}), constant or enum case ({@code name}) of a class. */
    public record Member(String doc, String type, List<Attr> attrs) {}

    /** A class: its end line, doc comment, attributes and members' extras by key. */
    public record Cls(int endLine, String doc, List<Attr> attrs, Map<String, Member> members) {}

    /** Encodes metadata field by field (the compiler's side). */
    public static final class Writer {
        private final StringBuilder sb = new StringBuilder();

        public Writer str(String s) {
            if (s == null) sb.append(NULL); else sb.append(s);
            sb.append(SEP);
            return this;
        }

        public Writer num(int n) { return str(Integer.toString(n)); }

        public Writer attrs(List<Attr> as) {
            num(as.size());
            for (Attr a : as) {
                str(a.name).num(a.argKeys.length);
                for (int i = 0; i < a.argKeys.length; i++) str(a.argNames[i]).num(a.argKeys[i]);
            }
            return this;
        }

        public static String fn(Fn f) {
            Writer w = new Writer();
            w.num(f.startLine).num(f.endLine).str(f.doc).str(f.returnType).num(f.flags).attrs(f.attrs).num(f.params.size());
            for (Param p : f.params) w.str(p.name).str(p.type).num(p.flags).num(p.defKey).str(p.defConst).str(p.defText).attrs(p.attrs);
            w.num(f.statics.size());
            for (StaticVar v : f.statics) w.str(v.name).str(v.key).num(v.initKey);
            return w.sb.toString();
        }

        public static String cls(Cls c) {
            Writer w = new Writer();
            w.num(c.endLine).str(c.doc).attrs(c.attrs).num(c.members.size());
            for (Map.Entry<String, Member> m : c.members.entrySet()) {
                w.str(m.getKey()).str(m.getValue().doc).str(m.getValue().type).attrs(m.getValue().attrs);
            }
            return w.sb.toString();
        }
    }

    private static final class Reader {
        private final String s;
        private int pos;

        Reader(String s) { this.s = s; }

        String str() {
            int end = s.indexOf(SEP, pos);
            String v = s.substring(pos, end);
            pos = end + 1;
            return v.length() == 1 && v.charAt(0) == NULL ? null : v;
        }

        int num() { return Integer.parseInt(str()); }

        List<Attr> attrs() {
            int n = num();
            List<Attr> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String name = str();
                int k = num();
                String[] names = new String[k];
                int[] keys = new int[k];
                for (int j = 0; j < k; j++) {
                    names[j] = str();
                    keys[j] = num();
                }
                out.add(new Attr(name, names, keys));
            }
            return out;
        }
    }

    public static Fn fn(String text) {
        if (text == null) return null;
        Reader r = new Reader(text);
        int start = r.num(), end = r.num();
        String doc = r.str(), ret = r.str();
        int flags = r.num();
        List<Attr> attrs = r.attrs();
        int n = r.num();
        List<Param> ps = new ArrayList<>(n);
        for (int i = 0; i < n; i++) ps.add(new Param(r.str(), r.str(), r.num(), r.num(), r.str(), r.str(), r.attrs()));
        int k = r.num();
        List<StaticVar> statics = new ArrayList<>(k);
        for (int i = 0; i < k; i++) statics.add(new StaticVar(r.str(), r.str(), r.num()));
        return new Fn(start, end, doc, ret, flags, ps, attrs, statics);
    }

    public static Cls cls(String text) {
        if (text == null) return null;
        Reader r = new Reader(text);
        int end = r.num();
        String doc = r.str();
        List<Attr> attrs = r.attrs();
        int n = r.num();
        Map<String, Member> members = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) members.put(r.str(), new Member(r.str(), r.str(), r.attrs()));
        return new Cls(end, doc, attrs, members);
    }
}
