package phpgoc.runtime.ext.standard;

import phpgoc.runtime.Args;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.PhpError;
import phpgoc.runtime.Ref;

/**
 * sscanf() after php's scanf.c (itself Tcl's): the format is validated first (php's ValueErrors),
 * then conversions run until the input or the format ends. Without variables the result is an
 * array with one entry per conversion (null where none happened), with variables the number of
 * conversions; -1 / null when the input ended before the first one. Strings are C strings there:
 * a NUL byte ends them. By-reference variables are Java overloads, so at most 12 can be passed.
 */
public final class Scanf {
    private Scanf() {}

    private static final int SUPPRESS = 1, NOSKIP = 2, SIGNOK = 4, NODIGITS = 8, NOZERO = 16, XOK = 32, PTOK = 64,
            EXPOK = 128, UNSIGNED = 256;

    public static Object sscanf(Object string, Object format) { return scan(string, format); }
    public static Object sscanf(Object string, Object format, Ref a) { return scan(string, format, a); }
    public static Object sscanf(Object string, Object format, Ref a, Ref b) { return scan(string, format, a, b); }
    public static Object sscanf(Object string, Object format, Ref a, Ref b, Ref c) { return scan(string, format, a, b, c); }
    public static Object sscanf(Object string, Object format, Ref a, Ref b, Ref c, Ref d) { return scan(string, format, a, b, c, d); }
    public static Object sscanf(Object string, Object format, Ref a, Ref b, Ref c, Ref d, Ref e) {
        return scan(string, format, a, b, c, d, e);
    }
    public static Object sscanf(Object string, Object format, Ref a, Ref b, Ref c, Ref d, Ref e, Ref f) {
        return scan(string, format, a, b, c, d, e, f);
    }
    public static Object sscanf(Object string, Object format, Ref a, Ref b, Ref c, Ref d, Ref e, Ref f, Ref g) {
        return scan(string, format, a, b, c, d, e, f, g);
    }
    public static Object sscanf(Object string, Object format, Ref a, Ref b, Ref c, Ref d, Ref e, Ref f, Ref g, Ref h) {
        return scan(string, format, a, b, c, d, e, f, g, h);
    }
    public static Object sscanf(Object string, Object format, Ref a, Ref b, Ref c, Ref d, Ref e, Ref f, Ref g, Ref h,
            Ref i) {
        return scan(string, format, a, b, c, d, e, f, g, h, i);
    }
    public static Object sscanf(Object string, Object format, Ref a, Ref b, Ref c, Ref d, Ref e, Ref f, Ref g, Ref h,
            Ref i, Ref j) {
        return scan(string, format, a, b, c, d, e, f, g, h, i, j);
    }

    private static String cstr(String s) {
        int nul = s.indexOf('\0');
        return nul < 0 ? s : s.substring(0, nul);
    }

    private static boolean space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 11 || c == '\f'; }

    private static boolean digit(char c) { return c >= '0' && c <= '9'; }

    private static PhpError error(String msg) { return new PhpError("ValueError", msg); }

    /** The number of a run of digits at {@code i} (strtoul) and where it ends. */
    private static long[] number(String f, int i) {
        long v = 0;
        int j = i;
        while (j < f.length() && digit(f.charAt(j))) {
            v = java.lang.Math.min(v * 10 + (f.charAt(j) - '0'), Integer.MAX_VALUE);
            j++;
        }
        return new long[] {v, j};
    }

    private static char at(String s, int i) { return i < s.length() ? s.charAt(i) : '\0'; }

    /** ValidateFormat: the number of results (without variables), or php's ValueError. */
    private static int validate(String format, int numVars) {
        int[] nassign = new int[java.lang.Math.max(numVars, 16) + 256];
        int objIndex = 0, xpgSize = 0, p = 0;
        boolean gotXpg = false, gotSeq = false;
        while (p < format.length()) {
            char ch = format.charAt(p++);
            if (ch != '%') continue;
            ch = at(format, p++);
            if (ch == '%') continue;
            boolean suppress = false;
            if (ch == '*') {
                suppress = true;
                ch = at(format, p++);
            } else if (digit(ch)) {
                long[] n = number(format, p - 1);
                if (at(format, (int) n[1]) == '$') {
                    p = (int) n[1] + 1;
                    ch = at(format, p++);
                    gotXpg = true;
                    if (gotSeq) throw error("cannot mix \"%\" and \"%n$\" conversion specifiers");
                    objIndex = (int) n[0] - 1;
                    if (objIndex < 0 || numVars != 0 && objIndex >= numVars) throw badIndex(true);
                    if (numVars == 0) {
                        if (n[0] > 255) throw badIndex(true);
                        xpgSize = (int) java.lang.Math.max(xpgSize, n[0]);
                    }
                } else {
                    gotSeq = true;
                    if (gotXpg) throw error("cannot mix \"%\" and \"%n$\" conversion specifiers");
                }
            } else {
                gotSeq = true;
                if (gotXpg) throw error("cannot mix \"%\" and \"%n$\" conversion specifiers");
            }
            if (digit(ch)) {
                p = (int) number(format, p - 1)[1];
                ch = at(format, p++);
            }
            if (ch == 'l' || ch == 'L' || ch == 'h') ch = at(format, p++);
            if (!suppress && numVars != 0 && objIndex >= numVars) throw badIndex(gotXpg);
            switch (ch) {
                case 'n', 'd', 'D', 'i', 'o', 'x', 'X', 'u', 'f', 'e', 'E', 'g', 's', 'c' -> { }
                case '[' -> {
                    if (p >= format.length()) throw error("Unmatched [ in format string");
                    ch = format.charAt(p++);
                    if (ch == '^') {
                        if (p >= format.length()) throw error("Unmatched [ in format string");
                        ch = format.charAt(p++);
                    }
                    if (ch == ']') {
                        if (p >= format.length()) throw error("Unmatched [ in format string");
                        ch = format.charAt(p++);
                    }
                    while (ch != ']') {
                        if (p >= format.length()) throw error("Unmatched [ in format string");
                        ch = format.charAt(p++);
                    }
                }
                // php formats the message as a C string: a NUL character ends it
                default -> throw error("Bad scan conversion character \"" + (ch == '\0' ? "" : ch + "\""));
            }
            if (!suppress) {
                if (objIndex >= nassign.length) nassign = java.util.Arrays.copyOf(nassign, objIndex + 16);
                nassign[objIndex]++;
                objIndex++;
            }
        }
        int total = numVars != 0 ? numVars : xpgSize != 0 ? xpgSize : objIndex;
        for (int i = 0; i < total; i++) {
            if (nassign[i] > 1) throw error("Variable is assigned by multiple \"%n$\" conversion specifiers");
            if (xpgSize == 0 && nassign[i] == 0) throw error("Variable is not assigned by any conversion specifiers");
        }
        return total;
    }

    private static PhpError badIndex(boolean xpg) {
        return error(xpg ? "\"%n$\" argument index out of range" : "Different numbers of variable names and field specifiers");
    }

    static Object scan(Object string, Object format, Ref... vars) {
        String s = cstr(Args.str(string, "sscanf", 1, "string"));
        String f = cstr(Args.str(format, "sscanf", 2, "format"));
        int numVars = vars.length;
        int total = validate(f, numVars);
        Object[] results = numVars == 0 ? new Object[total] : null;
        int si = 0, fi = 0, objIndex = 0, nconv = 0;
        boolean underflow = false;
        scan:
        while (fi < f.length()) {
            char ch = f.charAt(fi++);
            int flags = 0;
            if (space(ch)) {
                while (space(at(s, si))) si++;
                continue;
            }
            if (ch != '%' || at(f, fi) == '%') {
                if (ch == '%') fi++;
                if (si >= s.length()) {
                    underflow = true;
                    break;
                }
                if (s.charAt(si++) != ch) break;
                continue;
            }
            ch = at(f, fi++);
            if (ch == '*') {
                flags |= SUPPRESS;
                ch = at(f, fi++);
            } else if (digit(ch)) {
                long[] n = number(f, fi - 1);
                if (at(f, (int) n[1]) == '$') {
                    fi = (int) n[1] + 1;
                    ch = at(f, fi++);
                    objIndex = (int) n[0] - 1;
                }
            }
            long width = 0;
            if (digit(ch)) {
                long[] n = number(f, fi - 1);
                width = n[0];
                fi = (int) n[1];
                ch = at(f, fi++);
            }
            if (ch == 'h' || ch == 'l' || ch == 'L') ch = at(f, fi++);
            char op;
            int base = 10;
            switch (ch) {
                case 'n' -> {
                    if ((flags & SUPPRESS) == 0) objIndex = store(vars, results, objIndex, (long) si);
                    nconv++;
                    continue;
                }
                case 'd', 'D' -> op = 'i';
                case 'i' -> { op = 'i'; base = 0; }
                case 'o' -> { op = 'i'; base = 8; }
                case 'x', 'X' -> { op = 'i'; base = 16; }
                case 'u' -> { op = 'i'; flags |= UNSIGNED; }
                case 'f', 'e', 'E', 'g' -> op = 'f';
                case 'c' -> {
                    op = 's';
                    flags |= NOSKIP;
                    if (width == 0) width = 1;
                }
                case '[' -> { op = '['; flags |= NOSKIP; }
                default -> op = 's';
            }
            if (si >= s.length()) {
                underflow = true;
                break;
            }
            if ((flags & NOSKIP) == 0) {
                while (si < s.length() && space(s.charAt(si))) si++;
                if (si >= s.length()) {
                    underflow = true;
                    break;
                }
            }
            switch (op) {
                case 's' -> {
                    if (width == 0) width = Long.MAX_VALUE;
                    int end = si;
                    while (end < s.length() && !space(s.charAt(end))) {
                        end++;
                        if (--width == 0) break;
                    }
                    if ((flags & SUPPRESS) == 0) objIndex = store(vars, results, objIndex, s.substring(si, end));
                    si = end;
                }
                case '[' -> {
                    if (width == 0) width = Long.MAX_VALUE;
                    boolean[] set = new boolean[256];
                    fi = charSet(f, fi, set);
                    int end = si;
                    while (end < s.length() && set[s.charAt(end) & 0xFF]) {
                        end++;
                        if (--width == 0) break;
                    }
                    if (end == si) break scan;
                    if ((flags & SUPPRESS) == 0) objIndex = store(vars, results, objIndex, s.substring(si, end));
                    si = end;
                }
                case 'i' -> {
                    if (width == 0 || width > 63) width = 63;
                    flags |= SIGNOK | NODIGITS | NOZERO;
                    StringBuilder buf = new StringBuilder();
                    for (; width > 0; width--) {
                        char c = at(s, si);
                        boolean add = false;
                        switch (c) {
                            case '0' -> {
                                if (base == 16) flags |= XOK;
                                if (base == 0) {
                                    base = 8;
                                    flags |= XOK;
                                }
                                if ((flags & NOZERO) != 0) flags &= ~(SIGNOK | NODIGITS | NOZERO);
                                else flags &= ~(SIGNOK | XOK | NODIGITS);
                                add = true;
                            }
                            case '1', '2', '3', '4', '5', '6', '7' -> {
                                if (base == 0) base = 10;
                                flags &= ~(SIGNOK | XOK | NODIGITS);
                                add = true;
                            }
                            case '8', '9' -> {
                                if (base == 0) base = 10;
                                if (base > 8) {
                                    flags &= ~(SIGNOK | XOK | NODIGITS);
                                    add = true;
                                }
                            }
                            case 'A', 'B', 'C', 'D', 'E', 'F', 'a', 'b', 'c', 'd', 'e', 'f' -> {
                                if (base > 10) {
                                    flags &= ~(SIGNOK | XOK | NODIGITS);
                                    add = true;
                                }
                            }
                            case '+', '-' -> {
                                if ((flags & SIGNOK) != 0) {
                                    flags &= ~SIGNOK;
                                    add = true;
                                }
                            }
                            case 'x', 'X' -> {
                                if ((flags & XOK) != 0 && buf.length() == 1) {
                                    base = 16;
                                    flags &= ~XOK;
                                    add = true;
                                }
                            }
                            default -> { }
                        }
                        if (!add) break;
                        buf.append(c);
                        si++;
                        if (si >= s.length()) break;
                    }
                    if ((flags & NODIGITS) != 0) {
                        if (si >= s.length()) underflow = true;
                        break scan;
                    }
                    char last = buf.charAt(buf.length() - 1);
                    if (last == 'x' || last == 'X') {
                        buf.setLength(buf.length() - 1);
                        si--;
                    }
                    if ((flags & SUPPRESS) == 0) {
                        objIndex = store(vars, results, objIndex, strtol(buf.toString(), base == 0 ? 10 : base, (flags & UNSIGNED) != 0));
                    }
                }
                default -> { // 'f'
                    if (width == 0 || width > 63) width = 63;
                    flags |= SIGNOK | NODIGITS | PTOK | EXPOK;
                    StringBuilder buf = new StringBuilder();
                    for (; width > 0; width--) {
                        char c = at(s, si);
                        boolean add = false;
                        if (digit(c)) {
                            flags &= ~(SIGNOK | NODIGITS);
                            add = true;
                        } else if (c == '+' || c == '-') {
                            if ((flags & SIGNOK) != 0) {
                                flags &= ~SIGNOK;
                                add = true;
                            }
                        } else if (c == '.') {
                            if ((flags & PTOK) != 0) {
                                flags &= ~(SIGNOK | PTOK);
                                add = true;
                            }
                        } else if (c == 'e' || c == 'E') {
                            if ((flags & (NODIGITS | EXPOK)) == EXPOK) {
                                flags = (flags & ~(EXPOK | PTOK)) | SIGNOK | NODIGITS;
                                add = true;
                            }
                        }
                        if (!add) break;
                        buf.append(c);
                        si++;
                        if (si >= s.length()) break;
                    }
                    if ((flags & NODIGITS) != 0) {
                        if ((flags & EXPOK) != 0) {
                            if (si >= s.length()) underflow = true;
                            break scan;
                        }
                        char last = buf.charAt(buf.length() - 1);
                        buf.setLength(buf.length() - 1);
                        si--;
                        if (last != 'e' && last != 'E') {
                            buf.setLength(buf.length() - 1);
                            si--;
                        }
                    }
                    if ((flags & SUPPRESS) == 0) objIndex = store(vars, results, objIndex, strtod(buf.toString()));
                }
            }
            nconv++;
        }
        if (underflow && nconv == 0) {
            return numVars != 0 ? (Object) (long) -1 : null;
        }
        if (numVars != 0) return (long) nconv;
        PhpArray out = new PhpArray();
        for (Object r : results) out.append(r);
        return out;
    }

    /** Stores a conversion's value at {@code objIndex}; returns the next index. */
    private static int store(Ref[] vars, Object[] results, int objIndex, Object v) {
        if (vars.length != 0) {
            if (objIndex >= vars.length) return objIndex;
            vars[objIndex].set(v);
        } else if (objIndex < results.length) {
            results[objIndex] = v;
        }
        return objIndex + 1;
    }

    /** strtol/strtoul of the accumulated digits (saturating as C does); a negative unsigned value as its unsigned digits. */
    private static Object strtol(String buf, int base, boolean unsigned) {
        String t = buf;
        boolean neg = false;
        if (t.startsWith("+") || t.startsWith("-")) {
            neg = t.charAt(0) == '-';
            t = t.substring(1);
        }
        if (base == 16 && (t.startsWith("0x") || t.startsWith("0X"))) t = t.substring(2);
        if (t.isEmpty()) return 0L;
        java.math.BigInteger v = new java.math.BigInteger(t, base);
        if (unsigned) {
            java.math.BigInteger max = java.math.BigInteger.ONE.shiftLeft(64).subtract(java.math.BigInteger.ONE);
            if (v.compareTo(max) > 0) v = max;
            if (neg) v = java.math.BigInteger.ONE.shiftLeft(64).subtract(v).mod(java.math.BigInteger.ONE.shiftLeft(64));
            long l = v.longValue();
            return l < 0 ? (Object) Long.toUnsignedString(l) : (Object) l;
        }
        if (neg) v = v.negate();
        if (v.bitLength() > 63) return v.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        return v.longValue();
    }

    private static double strtod(String buf) {
        try {
            return Double.parseDouble(buf);
        } catch (NumberFormatException e) {
            return 0.0;
        }
    }

    /** BuildCharSet: the set of a {@code %[...]} conversion from just after the '['; returns the index after the ']'. */
    private static int charSet(String f, int p, boolean[] set) {
        boolean exclude = false;
        if (at(f, p) == '^') {
            exclude = true;
            p++;
        }
        char ch = at(f, p++);
        char start = ch;
        if (ch == ']' || ch == '-') {
            set[ch & 0xFF] = true;
            ch = at(f, p++);
        }
        while (ch != ']' && ch != '\0') {
            if (at(f, p) == '-') {
                start = ch;
            } else if (ch == '-') {
                if (at(f, p) == ']') {
                    set[start & 0xFF] = true;
                    set['-'] = true;
                } else {
                    ch = at(f, p++);
                    int lo = java.lang.Math.min(start & 0xFF, ch & 0xFF), hi = java.lang.Math.max(start & 0xFF, ch & 0xFF);
                    for (int c = lo; c <= hi; c++) set[c] = true;
                }
            } else {
                set[ch & 0xFF] = true;
            }
            ch = at(f, p++);
        }
        if (exclude) for (int c = 0; c < 256; c++) set[c] = !set[c];
        return p;
    }
}
