package phpgoc.runtime.ext.standard;

import phpgoc.runtime.Args;
import phpgoc.runtime.Context;
import phpgoc.runtime.Convert;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.PhpError;
import phpgoc.runtime.Ref;
import phpgoc.runtime.SourceLocation;
import phpgoc.runtime.Values;

/**
 * HTTP header functions as php's CLI SAPI runs them: headers are accepted but never written,
 * headers_list() is empty, and once output has started (headers "sent") changing them warns
 * with where the output started. The response code is kept per run.
 */
public final class Headers {
    private Headers() {}

    /** Per-run state: the response code (0 = none set). */
    static final class State {
        long code;
    }

    private static State state(Context ctx) { return ctx.extensionState(State.class, State::new); }

    /** php's sapi_header_op check: false (and a warning) once output started. */
    private static boolean modifiable(Context ctx) {
        SourceLocation at = ctx.out.startedAt();
        if (at == null) return true;
        ctx.warning("Cannot modify header information - headers already sent by (output started at " + at.file() + ":"
                + at.line() + ")");
        return false;
    }

    public static void header(Context ctx, Object header) { header(ctx, header, true, 0L); }
    public static void header(Context ctx, Object header, Object replace) { header(ctx, header, replace, 0L); }

    public static void header(Context ctx, Object header, Object replace, Object response_code) {
        String h = Args.str(header, "header", 1, "header");
        if (replace != Values.UNDEF) Args.toBool(replace, "header", 2, "replace");
        long code = response_code == Values.UNDEF ? 0 : Args.toInt(response_code, "header", 3, "response_code");
        if (!modifiable(ctx)) return;
        if (h.indexOf('\n') >= 0 || h.indexOf('\r') >= 0) {
            ctx.warning("Header may not contain more than a single header, new line detected");
            return;
        }
        if (h.indexOf(0) >= 0) {
            ctx.warning("Header may not contain NUL bytes");
            return;
        }
        State st = state(ctx);
        if (h.length() >= 5 && h.regionMatches(true, 0, "HTTP/", 0, 5)) {
            int sp = h.indexOf(' ');
            if (sp > 0) {
                int i = sp + 1;
                long c = 0;
                while (i < h.length() && Character.isDigit(h.charAt(i)) && h.charAt(i) < 128) c = c * 10 + (h.charAt(i++) - '0');
                if (c > 0) st.code = c;
            }
        } else if (h.regionMatches(true, 0, "Location:", 0, 9) && code == 0
                && (st.code < 300 || st.code > 399) && st.code != 201) {
            st.code = 302;
        }
        if (code > 0) st.code = code;
    }

    public static void header_remove(Context ctx) { modifiable(ctx); }

    public static void header_remove(Context ctx, Object name) {
        if (name != null && name != Values.UNDEF) Args.str(name, "header_remove", 1, "name");
        modifiable(ctx);
    }

    public static PhpArray headers_list() { return new PhpArray(); }

    public static boolean headers_sent(Context ctx) { return ctx.out.startedAt() != null; }

    public static boolean headers_sent(Context ctx, Ref filename) { return headers_sent(ctx, filename, new Ref()); }

    public static boolean headers_sent(Context ctx, Ref filename, Ref line) {
        SourceLocation at = ctx.out.startedAt();
        filename.set(at == null ? "" : at.file());
        line.set(at == null ? 0L : (long) at.line());
        return at != null;
    }

    public static Object http_response_code(Context ctx) { return http_response_code(ctx, 0L); }

    public static Object http_response_code(Context ctx, Object response_code) {
        long code = Args.toInt(response_code, "http_response_code", 1, "response_code");
        State st = state(ctx);
        long old = st.code;
        if (code != 0) {
            st.code = code;
            return old == 0 ? (Object) true : (Object) old;
        }
        return old == 0 ? (Object) false : (Object) old;
    }

    // ---- cookies

    private static final String NAME_BAD = "\"=\", \",\", \";\", \" \", \"\\t\", \"\\r\", \"\\n\", \"\\013\", or \"\\014\"";
    private static final String VALUE_BAD = "\",\", \";\", \" \", \"\\t\", \"\\r\", \"\\n\", \"\\013\", or \"\\014\"";

    private static boolean hasAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) if (chars.indexOf(s.charAt(i)) >= 0) return true;
        return false;
    }

    public static boolean setcookie(Context ctx, Object name) { return cookie(ctx, "setcookie", false, name, "", Values.UNDEF, new Object[0]); }
    public static boolean setcookie(Context ctx, Object name, Object value) {
        return cookie(ctx, "setcookie", false, name, value, Values.UNDEF, new Object[0]);
    }
    public static boolean setcookie(Context ctx, Object name, Object value, Object expires_or_options, Object path, Object domain,
            Object secure, Object httponly) {
        return cookie(ctx, "setcookie", false, name, value, expires_or_options, new Object[] {path, domain, secure, httponly});
    }
    public static boolean setrawcookie(Context ctx, Object name) {
        return cookie(ctx, "setrawcookie", true, name, "", Values.UNDEF, new Object[0]);
    }
    public static boolean setrawcookie(Context ctx, Object name, Object value) {
        return cookie(ctx, "setrawcookie", true, name, value, Values.UNDEF, new Object[0]);
    }
    public static boolean setrawcookie(Context ctx, Object name, Object value, Object expires_or_options, Object path,
            Object domain, Object secure, Object httponly) {
        return cookie(ctx, "setrawcookie", true, name, value, expires_or_options, new Object[] {path, domain, secure, httponly});
    }

    private static boolean given(Object v) { return v != Values.UNDEF; }

    private static boolean cookie(Context ctx, String fn, boolean raw, Object name, Object value, Object expires, Object[] rest) {
        String n = Args.str(name, fn, 1, "name");
        String v = Args.str(value, fn, 2, "value");
        String path = "", domain = "";
        Object e = Values.deref(expires);
        if (e instanceof PhpArray opts) {
            for (Object r : rest) {
                if (given(r)) {
                    throw new PhpError("ArgumentCountError", fn
                            + "(): Expects exactly 3 arguments when argument #3 ($expires_or_options) is an array");
                }
            }
            for (int p = opts.firstPos(); p >= 0; p = opts.nextPos(p)) {
                Object k = opts.keyAt(p);
                if (!(k instanceof String key)) throw new PhpError("ValueError", fn + "(): option array cannot have numeric keys");
                Object ov = opts.valueAt(p);
                switch (key.toLowerCase(java.util.Locale.ROOT)) {
                    case "expires", "secure", "httponly" -> { }
                    case "path" -> path = Convert.toStr(ov);
                    case "domain" -> domain = Convert.toStr(ov);
                    case "samesite" -> Convert.toStr(ov);
                    default -> throw new PhpError("ValueError", fn + "(): option \"" + key + "\" is invalid");
                }
            }
        } else {
            if (given(expires)) Args.toInt(expires, fn, 3, "expires_or_options");
            if (rest.length > 0) {
                if (given(rest[0])) path = Args.str(rest[0], fn, 4, "path");
                if (given(rest[1])) domain = Args.str(rest[1], fn, 5, "domain");
                if (given(rest[2])) Args.toBool(rest[2], fn, 6, "secure");
                if (given(rest[3])) Args.toBool(rest[3], fn, 7, "httponly");
            }
        }
        if (n.isEmpty()) throw new PhpError("ValueError", fn + "(): Argument #1 ($name) cannot be empty");
        if (hasAny(n, "=,; \t\r\n\013\014")) throw new PhpError("ValueError", fn + "(): Argument #1 ($name) cannot contain " + NAME_BAD);
        if (raw && hasAny(v, ",; \t\r\n\013\014")) {
            throw new PhpError("ValueError", fn + "(): Argument #2 ($value) cannot contain " + VALUE_BAD);
        }
        if (hasAny(path, ",; \t\r\n\013\014")) throw new PhpError("ValueError", fn + "(): \"path\" option cannot contain " + VALUE_BAD);
        if (hasAny(domain, ",; \t\r\n\013\014")) {
            throw new PhpError("ValueError", fn + "(): \"domain\" option cannot contain " + VALUE_BAD);
        }
        return modifiable(ctx);
    }
}
