package phpgoc.runtime.ext.standard;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import phpgoc.runtime.Context;
import phpgoc.runtime.Convert;
import phpgoc.runtime.MethodInfo;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.PhpClass;
import phpgoc.runtime.PhpError;
import phpgoc.runtime.PhpObject;
import phpgoc.runtime.Values;

/**
 * serialize() and unserialize() (ext/standard/var.c): scalars, arrays, objects with their mangled
 * property names ({@code \0A\0priv}, {@code \0*\0prot}), {@code __serialize}/{@code __unserialize},
 * {@code __sleep}/{@code __wakeup}, and {@code r:n;} back-references to objects seen before.
 * PHP references ({@code R:}) are written as plain values.
 */
public final class Serialize {
    private Serialize() {}

    // ---- serialize

    public static String serialize(Context ctx, Object value) {
        StringBuilder out = new StringBuilder();
        new Writer(ctx, out).write(value);
        return out.toString();
    }

    private static final class Writer {
        final Context ctx;
        final StringBuilder out;
        final Map<PhpObject, Integer> seen = new IdentityHashMap<>();
        int n;

        Writer(Context ctx, StringBuilder out) {
            this.ctx = ctx;
            this.out = out;
        }

        void str(String s) { out.append("s:").append(s.length()).append(":\"").append(s).append("\";"); }

        void key(Object k) {
            if (k instanceof Long l) out.append("i:").append(l).append(';');
            else str(Convert.toStr(k));
        }

        void write(Object v) {
            v = Values.deref(v);
            n++;
            if (v == null || v == Values.UNDEF) out.append("N;");
            else if (v instanceof Boolean b) out.append("b:").append(b ? 1 : 0).append(';');
            else if (v instanceof Long l) out.append("i:").append(l).append(';');
            else if (v instanceof Double d) out.append("d:").append(dbl(d)).append(';');
            else if (Values.isString(v)) str(Convert.toStr(v));
            else if (v instanceof PhpArray a) {
                out.append("a:").append(a.size()).append(":{");
                for (int p = a.firstPos(); p >= 0; p = a.nextPos(p)) {
                    key(a.keyAt(p));
                    write(a.valueAt(p));
                }
                out.append('}');
            } else if (v instanceof PhpObject o) object(o);
            else out.append("i:0;");
        }

        static String dbl(double d) {
            if (Double.isNaN(d)) return "NAN";
            if (Double.isInfinite(d)) return d > 0 ? "INF" : "-INF";
            return Fmt.repr(d);
        }

        void object(PhpObject o) {
            Integer at = seen.get(o);
            if (at != null) {
                out.append("r:").append(at).append(';');
                return;
            }
            String cn = o.cls.name;
            if (o.cls.tpl.isAnonymous()) throw new PhpError("Exception", "Serialization of '" + cn + "' is not allowed");
            seen.put(o, n);
            if (phpgoc.runtime.Enums.isCase(o)) {
                String e = cn + ":" + phpgoc.runtime.Enums.caseName(o);
                out.append("E:").append(e.length()).append(":\"").append(e).append("\";");
                return;
            }
            MethodInfo ser = o.cls.findMethod("__serialize");
            if (ser != null) {
                Object r = Values.deref(ser.invoke(ctx, o, new Object[0]));
                if (!(r instanceof PhpArray a)) {
                    throw new PhpError("TypeError", cn + "::__serialize() must return an array");
                }
                header(cn, a.size());
                for (int p = a.firstPos(); p >= 0; p = a.nextPos(p)) {
                    key(a.keyAt(p));
                    write(a.valueAt(p));
                }
                out.append('}');
                return;
            }
            PhpArray table = o.internal == null ? null : o.internal.propertyTable();
            if (table != null && !o.cls.isA("arrayobject") && !o.cls.isA("arrayiterator")) {
                // a built-in class serialized as its property table (SplFixedArray's elements)
                header(cn, table.size());
                for (int p = table.firstPos(); p >= 0; p = table.nextPos(p)) {
                    key(table.keyAt(p));
                    write(table.valueAt(p));
                }
                out.append('}');
                return;
            }
            MethodInfo sleep = o.cls.findMethod("__sleep");
            List<String[]> props = new ArrayList<>(); // {mangled name} with value read below
            List<Object> values = new ArrayList<>();
            if (sleep != null) {
                Object r = Values.deref(sleep.invoke(ctx, o, new Object[0]));
                if (!(r instanceof PhpArray names)) {
                    ctx.warning("serialize(): __sleep should return an array only containing the names of instance-variables to serialize");
                    out.append("N;");
                    return;
                }
                for (int p = names.firstPos(); p >= 0; p = names.nextPos(p)) {
                    String name = Convert.toStr(Values.deref(names.valueAt(p)));
                    PhpClass.PropInfo info = declared(o.cls, name);
                    if (info != null && o.getSlot(info.slot()) != Values.UNDEF) {
                        props.add(new String[] {mangle(info)});
                        values.add(Values.deref(o.getSlot(info.slot())));
                    } else if (o.dyn != null && o.dyn.containsKey(name)) {
                        props.add(new String[] {name});
                        values.add(o.dyn.lookupStr(name));
                    } else {
                        ctx.warning("serialize(): \"" + name + "\" returned as member variable from __sleep() but does not exist");
                    }
                }
            } else {
                for (PhpClass.PropInfo p : o.cls.properties()) {
                    Object v = o.getSlot(p.slot());
                    if (v == Values.UNDEF) continue;
                    props.add(new String[] {mangle(p)});
                    values.add(Values.deref(v));
                }
                if (o.dyn != null) {
                    for (int p = o.dyn.firstPos(); p >= 0; p = o.dyn.nextPos(p)) {
                        props.add(new String[] {Convert.toStr(o.dyn.keyAt(p))});
                        values.add(o.dyn.rawValueAt(p));
                    }
                }
            }
            header(cn, props.size());
            for (int i = 0; i < props.size(); i++) {
                str(props.get(i)[0]);
                write(values.get(i));
            }
            out.append('}');
        }

        void header(String cn, int count) {
            out.append("O:").append(cn.length()).append(":\"").append(cn).append("\":").append(count).append(":{");
        }
    }

    private static PhpClass.PropInfo declared(PhpClass cls, String name) {
        for (PhpClass.PropInfo p : cls.properties()) if (p.name().equals(name)) return p;
        return null;
    }

    private static String mangle(PhpClass.PropInfo p) {
        if (p.isPrivate()) return "\0" + p.declaring().name + "\0" + p.name();
        if (p.isProtected()) return "\0*\0" + p.name();
        return p.name();
    }

    // ---- unserialize

    public static Object unserialize(Context ctx, Object data) { return unserialize(ctx, data, null); }

    public static Object unserialize(Context ctx, Object data, Object options) {
        String s = phpgoc.runtime.Args.str(data, "unserialize", 1, "data");
        if (s.isEmpty()) return false;
        Reader r = new Reader(ctx, s);
        try {
            Object v = r.read();
            for (Runnable w : r.wakeups) w.run();
            return v;
        } catch (BadInput e) {
            ctx.notice("unserialize(): Error at offset " + r.errorAt + " of " + s.length() + " bytes");
            return false;
        }
    }

    /** Sets property {@code key} (a mangled name: {@code \0A\0x}, {@code \0*\0x} or plain) of {@code o}. */
    static void setProperty(PhpObject o, String key, Object v) {
        String name = key;
        if (key.startsWith("\0")) {
            int e = key.indexOf('\0', 1);
            if (e > 0) name = key.substring(e + 1);
        }
        PhpClass.PropInfo p = declared(o.cls, name);
        if (p != null) o.setSlot(p.slot(), v);
        else {
            if (o.dyn == null) o.dyn = new PhpArray();
            o.dyn.putStr(name, v);
        }
    }

    /** Sets {@code o}'s properties from a table of mangled names (the members SPL classes' __serialize carries). */
    public static void loadProperties(PhpObject o, PhpArray members) {
        for (int p = members.firstPos(); p >= 0; p = members.nextPos(p)) {
            String k = Convert.toStr(members.keyAt(p));
            Object v = Values.copyOnAssign(Values.deref(members.valueAt(p)));
            // a plain name is written as a public or dynamic property (with php's deprecation for the latter)
            if (k.startsWith("\0")) setProperty(o, k, v); else phpgoc.runtime.ObjectOps.setProp(o, Context.current(), k, null, v);
        }
    }

    /**
     * One serialized value of {@code s} at {@code pos}, for the Serializable formats of SPL classes:
     * {@code end[0]} gets the position after it, or -1 when the data is malformed.
     */
    public static Object readAt(Context ctx, String s, int pos, int[] end) {
        Reader r = new Reader(ctx, s);
        r.pos = pos;
        try {
            Object v = r.read();
            for (Runnable w : r.wakeups) w.run();
            end[0] = r.pos;
            return v;
        } catch (BadInput e) {
            end[0] = -1;
            return null;
        }
    }

    private static final class BadInput extends RuntimeException {
        BadInput() { super(null, null, false, false); }
    }

    private static final class Reader {
        final Context ctx;
        final String s;
        int pos, errorAt;
        final List<Object> values = new ArrayList<>();
        final List<Runnable> wakeups = new ArrayList<>();

        Reader(Context ctx, String s) {
            this.ctx = ctx;
            this.s = s;
        }

        BadInput bad() {
            return new BadInput();
        }

        char next() {
            if (pos >= s.length()) throw bad();
            return s.charAt(pos++);
        }

        void expect(char c) {
            if (pos >= s.length() || s.charAt(pos) != c) throw bad();
            pos++;
        }

        String until(char c) {
            int e = s.indexOf(c, pos);
            if (e < 0) throw bad();
            String t = s.substring(pos, e);
            pos = e + 1;
            return t;
        }

        long integer(char end) {
            try {
                return Long.parseLong(until(end));
            } catch (NumberFormatException e) {
                throw bad();
            }
        }

        String string() {
            int len = (int) integer(':');
            expect('"');
            if (pos + len > s.length()) throw bad();
            String t = s.substring(pos, pos + len);
            pos += len;
            expect('"');
            return t;
        }

        Object read() {
            errorAt = pos;
            char t = next();
            if (t == 'N') {
                expect(';');
                values.add(null);
                return null;
            }
            expect(':');
            switch (t) {
                case 'b' -> {
                    Object v = integer(';') != 0;
                    values.add(v);
                    return v;
                }
                case 'i' -> {
                    Object v = integer(';');
                    values.add(v);
                    return v;
                }
                case 'd' -> {
                    String d = until(';');
                    Object v = switch (d) {
                        case "INF" -> Double.POSITIVE_INFINITY;
                        case "-INF" -> Double.NEGATIVE_INFINITY;
                        case "NAN" -> Double.NaN;
                        default -> {
                            try {
                                yield Double.parseDouble(d);
                            } catch (NumberFormatException e) {
                                throw bad();
                            }
                        }
                    };
                    values.add(v);
                    return v;
                }
                case 's' -> {
                    String v = string();
                    expect(';');
                    values.add(v);
                    return v;
                }
                case 'r', 'R' -> {
                    int i = (int) integer(';');
                    if (i < 1 || i > values.size()) throw bad();
                    Object v = values.get(i - 1);
                    values.add(v);
                    return v;
                }
                case 'a' -> {
                    int count = (int) integer(':');
                    expect('{');
                    PhpArray a = new PhpArray(count);
                    values.add(a);
                    for (int i = 0; i < count; i++) {
                        Object k = key();
                        a.put(k, read());
                    }
                    expect('}');
                    return a;
                }
                case 'O' -> {
                    return object();
                }
                case 'E' -> {
                    String e = string();
                    expect(';');
                    int colon = e.indexOf(':');
                    PhpClass cls = colon < 0 ? null : ctx.findClass(e.substring(0, colon));
                    Object v = cls == null ? null : phpgoc.runtime.Enums.caseOf(cls, e.substring(colon + 1));
                    if (v == null) throw bad();
                    values.add(v);
                    return v;
                }
                default -> throw bad();
            }
        }

        Object key() {
            errorAt = pos;
            char t = next();
            expect(':');
            if (t == 'i') return integer(';');
            if (t == 's') {
                String k = string();
                expect(';');
                return k;
            }
            throw bad();
        }

        Object object() {
            String cn = string();
            expect(':');
            int count = (int) integer(':');
            expect('{');
            PhpClass cls = ctx.loadClass(cn);
            boolean incomplete = cls == null;
            if (incomplete) cls = ctx.findClass(phpgoc.runtime.Classes.INCOMPLETE_CLASS.name);
            PhpObject o = cls.instantiate();
            if (incomplete) {
                o.dyn = new PhpArray();
                o.dyn.putStr("__PHP_Incomplete_Class_Name", cn);
            }
            values.add(o);
            MethodInfo unser = cls.findMethod("__unserialize");
            if (unser != null) {
                PhpArray data = new PhpArray(count);
                for (int i = 0; i < count; i++) {
                    Object k = key();
                    data.put(k, read());
                }
                expect('}');
                wakeups.add(() -> unser.invoke(ctx, o, new Object[] {data}));
                return o;
            }
            for (int i = 0; i < count; i++) {
                String k = Convert.toStr(key());
                setProperty(o, k, read());
            }
            expect('}');
            MethodInfo wake = cls.findMethod("__wakeup");
            if (wake != null) wakeups.add(() -> wake.invoke(ctx, o, new Object[0]));
            return o;
        }
    }
}
