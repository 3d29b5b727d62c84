package phpgoc.runtime.ext.standard;

import phpgoc.runtime.Args;
import phpgoc.runtime.Context;
import phpgoc.runtime.Convert;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.PhpError;
import phpgoc.runtime.Values;

/**
 * parse_ini_string and parse_ini_file for the common ini syntax: sections, {@code key = value},
 * {@code key[]}/{@code key[sub]}, quoted and concatenated values, constants, ';' comments, and
 * the three scanner modes (normal: on/yes/true become "1"; raw; typed). Not covered: ${...}
 * interpolation and constant expressions with operators.
 */
public final class IniParse {
    private IniParse() {}

    /** A syntax error, reported as php's warning. */
    private static final class Bad extends Exception {
        Bad(String msg) { super(msg, null, false, false); }
    }

    private static final class Parser {
        final String s;
        final int mode;
        int p, line = 1;

        Parser(String s, int mode) {
            this.s = s;
            this.mode = mode;
        }

        boolean eol() { return p >= s.length() || s.charAt(p) == '\n'; }

        void skipBlanks() { while (p < s.length() && (s.charAt(p) == ' ' || s.charAt(p) == '\t' || s.charAt(p) == '\r')) p++; }

        PhpArray parse(boolean sections) throws Bad {
            PhpArray out = new PhpArray();
            PhpArray target = out;
            while (p < s.length()) {
                skipBlanks();
                if (p >= s.length()) break;
                char c = s.charAt(p);
                if (c == '\n') { p++; line++; continue; }
                if (c == ';') { while (!eol()) p++; continue; }
                if (c == '[') {
                    int close = p + 1;
                    while (close < s.length() && s.charAt(close) != ']' && s.charAt(close) != '\n') close++;
                    if (close >= s.length() || s.charAt(close) != ']') {
                        throw new Bad(close >= s.length() ? "syntax error, unexpected end of file, expecting ']'"
                                : "syntax error, unexpected end of line, expecting ']'");
                    }
                    String name = unquote(s.substring(p + 1, close).trim());
                    p = close + 1;
                    while (!eol()) p++;
                    if (sections) {
                        PhpArray sec = new PhpArray();
                        out.put(Convert.toKey(name), sec);
                        target = sec;
                    }
                    continue;
                }
                int start = p;
                while (!eol() && s.charAt(p) != '=' && s.charAt(p) != '[' && s.charAt(p) != ';') p++;
                String key = s.substring(start, p).trim();
                String offset = null;
                if (p < s.length() && s.charAt(p) == '[') {
                    int close = s.indexOf(']', p);
                    if (close < 0) throw new Bad("syntax error, unexpected end of file, expecting ']'");
                    offset = unquote(s.substring(p + 1, close).trim());
                    p = close + 1;
                    skipBlanks();
                }
                if (key.isEmpty() && p < s.length() && s.charAt(p) == '=') throw new Bad("syntax error, unexpected '='");
                Object value;
                if (p < s.length() && s.charAt(p) == '=') {
                    p++;
                    value = value();
                } else {
                    value = mode == 2 ? null : "";
                }
                if (key.isEmpty()) continue;
                Object k = Convert.toKey(key);
                if (offset == null) {
                    target.put(k, value);
                } else {
                    PhpArray arr = Values.deref(target.lookup(k)) instanceof PhpArray a && target.containsKey(k) ? a : new PhpArray();
                    if (offset.isEmpty()) arr.append(value); else arr.put(Convert.toKey(offset), value);
                    target.put(k, arr);
                }
            }
            return out;
        }

        private Object value() throws Bad {
            StringBuilder sb = new StringBuilder();
            boolean quoted = false, any = false;
            while (true) {
                skipBlanks();
                if (eol() || s.charAt(p) == ';') break;
                char c = s.charAt(p);
                if (c == '"') {
                    p++;
                    quoted = any = true;
                    while (true) {
                        if (p >= s.length()) throw new Bad("syntax error, unexpected end of file, expecting TC_DOLLAR_CURLY or TC_QUOTED_STRING or '\"'");
                        char d = s.charAt(p);
                        if (d == '"') { p++; break; }
                        if (d == '\n') line++;
                        if (d == '\\' && p + 1 < s.length() && mode != 1 && "\"\\'$".indexOf(s.charAt(p + 1)) >= 0) {
                            sb.append(s.charAt(p + 1));
                            p += 2;
                            continue;
                        }
                        if (d == '\\' && p + 1 < s.length() && mode == 1 && s.charAt(p + 1) == '"') {
                            sb.append("\\\"");
                            p += 2;
                            continue;
                        }
                        sb.append(d);
                        p++;
                    }
                } else if (c == '\'') {
                    int close = s.indexOf('\'', p + 1);
                    if (close < 0) close = s.length();
                    for (int i = p + 1; i < close; i++) if (s.charAt(i) == '\n') line++;
                    sb.append(s, p + 1, close);
                    p = java.lang.Math.min(close + 1, s.length());
                    quoted = any = true;
                } else {
                    int start = p;
                    while (!eol() && s.charAt(p) != ';' && s.charAt(p) != '"' && s.charAt(p) != '\'') p++;
                    String raw = s.substring(start, p);
                    String t = raw.strip();
                    if (!t.isEmpty()) {
                        if (quoted || sb.length() > 0) sb.append(t);
                        else return bare(t, sb);
                        any = true;
                    }
                }
            }
            if (!any) return mode == 2 ? "" : "";
            return sb.toString();
        }

        /** An unquoted value: keywords, constants and (typed mode) numbers; a following quoted part concatenates. */
        private Object bare(String t, StringBuilder sb) throws Bad {
            skipBlanks();
            if (!eol() && s.charAt(p) != ';') {
                sb.append(mode == 1 ? t : constant(t));
                Object rest = value();
                return sb.length() == 0 ? rest : sb.toString() + (rest instanceof String r ? r.substring(0) : "");
            }
            if (mode == 1) return t;
            String l = t.toLowerCase(java.util.Locale.ROOT);
            switch (l) {
                case "true", "on", "yes" -> { return mode == 2 ? (Object) true : "1"; }
                case "false", "off", "no", "none" -> { return mode == 2 ? (Object) false : ""; }
                case "null" -> { return mode == 2 ? null : ""; }
                default -> { }
            }
            String v = constant(t);
            if (mode == 2 && v.equals(t)) {
                if (t.matches("[+-]?[0-9]+")) {
                    try {
                        return Long.parseLong(t.startsWith("+") ? t.substring(1) : t);
                    } catch (NumberFormatException e) {
                        return t;
                    }
                }
                if (t.matches("[+-]?([0-9]*\\.[0-9]+|[0-9]+\\.[0-9]*)")) return Double.parseDouble(t);
            }
            return v;
        }

        private static String constant(String t) {
            if (!t.matches("[A-Za-z_][A-Za-z0-9_]*")) return t;
            Object v = phpgoc.runtime.ext.Constants.get(t);
            return v == Values.UNDEF ? t : Convert.toStr(v);
        }

        private static String unquote(String t) {
            if (t.length() >= 2 && (t.charAt(0) == '"' || t.charAt(0) == '\'') && t.charAt(t.length() - 1) == t.charAt(0)) {
                return t.substring(1, t.length() - 1);
            }
            return t;
        }
    }

    public static Object parse_ini_string(Context ctx, Object ini_string) { return parse_ini_string(ctx, ini_string, false, 0L); }
    public static Object parse_ini_string(Context ctx, Object ini_string, Object process_sections) {
        return parse_ini_string(ctx, ini_string, process_sections, 0L);
    }

    public static Object parse_ini_string(Context ctx, Object ini_string, Object process_sections, Object scanner_mode) {
        String s = Args.str(ini_string, "parse_ini_string", 1, "ini_string");
        boolean sections = Args.toBool(process_sections, "parse_ini_string", 2, "process_sections");
        long mode = Args.toInt(scanner_mode, "parse_ini_string", 3, "scanner_mode");
        return parse(ctx, "parse_ini_string", s, sections, mode);
    }

    private static Object parse(Context ctx, String fn, String s, boolean sections, long mode) {
        if (mode < 0 || mode > 2) {
            ctx.warning("Invalid scanner mode");
            return false;
        }
        Parser p = new Parser(s, (int) mode);
        try {
            return p.parse(sections);
        } catch (Bad e) {
            ctx.warning(e.getMessage() + " in Unknown on line " + p.line + "\n");
            return false;
        }
    }

    public static Object parse_ini_file(Context ctx, Object filename) { return parse_ini_file(ctx, filename, false, 0L); }
    public static Object parse_ini_file(Context ctx, Object filename, Object process_sections) {
        return parse_ini_file(ctx, filename, process_sections, 0L);
    }

    public static Object parse_ini_file(Context ctx, Object filename, Object process_sections, Object scanner_mode) {
        String name = Args.str(filename, "parse_ini_file", 1, "filename");
        if (name.isEmpty()) throw new PhpError("ValueError", "parse_ini_file(): Argument #1 ($filename) cannot be empty");
        boolean sections = Args.toBool(process_sections, "parse_ini_file", 2, "process_sections");
        long mode = Args.toInt(scanner_mode, "parse_ini_file", 3, "scanner_mode");
        try {
            String s = new String(java.nio.file.Files.readAllBytes(Files.resolve(ctx, name)), java.nio.charset.StandardCharsets.ISO_8859_1);
            return parse(ctx, "parse_ini_file", s, sections, mode);
        } catch (java.io.IOException e) {
            ctx.warning("parse_ini_file(" + name + "): Failed to open stream: No such file or directory");
            return false;
        }
    }
}
