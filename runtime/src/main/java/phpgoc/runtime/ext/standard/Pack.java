package phpgoc.runtime.ext.standard;

import java.util.ArrayList;
import java.util.List;
import phpgoc.runtime.Args;
import phpgoc.runtime.Context;
import phpgoc.runtime.Convert;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.PhpError;
import phpgoc.runtime.Values;

/**
 * pack and unpack, ported from php's ext/standard/pack.c for a 64-bit little-endian machine
 * (so "machine order" codes s, S, i, I, l, L, q, Q, f, d are little-endian). Byte strings are
 * chars 0..255.
 */
public final class Pack {
    private Pack() {}

    private static void putLE(StringBuilder out, long v, int n) {
        for (int i = 0; i < n; i++) out.append((char) ((v >>> (8 * i)) & 0xff));
    }

    private static void putBE(StringBuilder out, long v, int n) {
        for (int i = n - 1; i >= 0; i--) out.append((char) ((v >>> (8 * i)) & 0xff));
    }

    private static int size(char code) {
        return switch (code) {
            case 'c', 'C' -> 1;
            case 's', 'S', 'n', 'v' -> 2;
            case 'i', 'I', 'l', 'L', 'N', 'V', 'f', 'g', 'G' -> 4;
            default -> 8;
        };
    }

    public static String pack(Context ctx, Object format, Object[] values) {
        String fmt = Args.str(format, "pack", 1, "format");
        List<Character> codes = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        int cur = 0, n = values.length;
        for (int i = 0; i < fmt.length();) {
            char code = fmt.charAt(i++);
            int arg = 1;
            if (i < fmt.length()) {
                char c = fmt.charAt(i);
                if (c == '*') {
                    arg = -1;
                    i++;
                } else if (c >= '0' && c <= '9') {
                    long v = 0;
                    while (i < fmt.length() && fmt.charAt(i) >= '0' && fmt.charAt(i) <= '9') v = java.lang.Math.min(v * 10 + (fmt.charAt(i++) - '0'), Integer.MAX_VALUE);
                    arg = (int) v;
                }
            }
            switch (code) {
                case 'x', 'X', '@' -> {
                    if (arg < 0) {
                        ctx.warning("pack(): Type " + code + ": '*' ignored");
                        arg = 1;
                    }
                }
                case 'a', 'A', 'Z', 'h', 'H' -> {
                    if (cur >= n) throw new PhpError("ValueError", "Type " + code + ": not enough arguments");
                    if (arg < 0) {
                        arg = Convert.toStr(Values.deref(values[cur])).length();
                        if (code == 'Z') arg++;
                    }
                    cur++;
                }
                case 'q', 'Q', 'J', 'P', 'c', 'C', 's', 'S', 'i', 'I', 'l', 'L', 'n', 'N', 'v', 'V', 'f', 'g', 'G', 'd', 'e', 'E' -> {
                    if (arg < 0) arg = n - cur;
                    cur += arg;
                    if (cur > n) throw new PhpError("ValueError", "Type " + code + ": too few arguments");
                }
                default -> throw new PhpError("ValueError", "Type " + code + ": unknown format code");
            }
            codes.add(code);
            counts.add(arg);
        }
        if (cur < n) ctx.warning("pack(): " + (n - cur) + " arguments unused");
        StringBuilder out = new StringBuilder();
        cur = 0;
        for (int k = 0; k < codes.size(); k++) {
            char code = codes.get(k);
            int arg = counts.get(k);
            switch (code) {
                case 'a', 'A', 'Z' -> {
                    int cp = code != 'Z' ? arg : java.lang.Math.max(0, arg - 1);
                    String s = Convert.toStr(Values.deref(values[cur++]));
                    int take = java.lang.Math.min(s.length(), cp);
                    out.append(s, 0, take);
                    char pad = code == 'A' ? ' ' : '\0';
                    for (int j = take; j < arg; j++) out.append(pad);
                }
                case 'h', 'H' -> {
                    String s = Convert.toStr(Values.deref(values[cur++]));
                    if (arg > s.length()) {
                        ctx.warning("pack(): Type " + code + ": not enough characters in string");
                        arg = s.length();
                    }
                    int shift = code == 'h' ? 0 : 4;
                    boolean first = true;
                    int acc = 0;
                    for (int j = 0; j < arg; j++) {
                        char c = s.charAt(j);
                        int d;
                        if (c >= '0' && c <= '9') d = c - '0';
                        else if (c >= 'A' && c <= 'F') d = c - 'A' + 10;
                        else if (c >= 'a' && c <= 'f') d = c - 'a' + 10;
                        else {
                            ctx.warning("pack(): Type " + code + ": illegal hex digit " + c);
                            d = 0;
                        }
                        if (first) acc = 0;
                        acc |= d << shift;
                        shift = (shift + 4) & 7;
                        if (!first) out.append((char) (acc & 0xff));
                        first = !first;
                    }
                    if (!first) out.append((char) (acc & 0xff));
                }
                case 'f', 'g', 'G', 'd', 'e', 'E' -> {
                    for (int j = 0; j < arg; j++) {
                        double d = Convert.toDouble(Values.deref(values[cur++]));
                        if (code == 'f' || code == 'g') putLE(out, Float.floatToRawIntBits((float) d), 4);
                        else if (code == 'G') putBE(out, Float.floatToRawIntBits((float) d), 4);
                        else if (code == 'E') putBE(out, Double.doubleToRawLongBits(d), 8);
                        else putLE(out, Double.doubleToRawLongBits(d), 8);
                    }
                }
                case 'x' -> { for (int j = 0; j < arg; j++) out.append('\0'); }
                case 'X' -> {
                    int len = out.length() - arg;
                    if (len < 0) {
                        ctx.warning("pack(): Type X: outside of string");
                        len = 0;
                    }
                    out.setLength(len);
                }
                case '@' -> {
                    if (arg > out.length()) while (out.length() < arg) out.append('\0');
                    else out.setLength(arg);
                }
                default -> {
                    int sz = size(code);
                    boolean big = code == 'n' || code == 'N' || code == 'J';
                    for (int j = 0; j < arg; j++) {
                        long v = Convert.toLong(Values.deref(values[cur++]));
                        if (big) putBE(out, v, sz); else putLE(out, v, sz);
                    }
                }
            }
        }
        return out.toString();
    }

    private static long getLE(String s, int pos, int n) {
        long v = 0;
        for (int i = n - 1; i >= 0; i--) v = (v << 8) | (s.charAt(pos + i) & 0xff);
        return v;
    }

    private static long getBE(String s, int pos, int n) {
        long v = 0;
        for (int i = 0; i < n; i++) v = (v << 8) | (s.charAt(pos + i) & 0xff);
        return v;
    }

    public static Object unpack(Context ctx, Object format, Object string) { return unpack(ctx, format, string, 0L); }

    public static Object unpack(Context ctx, Object format, Object string, Object offset) {
        String fmt = Args.str(format, "unpack", 1, "format");
        String in = Args.str(string, "unpack", 2, "string");
        long off = Args.toInt(offset, "unpack", 3, "offset");
        if (off < 0 || off > in.length()) {
            throw new PhpError("ValueError", "unpack(): Argument #3 ($offset) must be contained in argument #2 ($data)");
        }
        in = in.substring((int) off);
        int inputlen = in.length(), pos = 0;
        PhpArray out = new PhpArray();
        int i = 0;
        while (i < fmt.length()) {
            char type = fmt.charAt(i++);
            int rep = 1;
            if (i < fmt.length()) {
                char c = fmt.charAt(i);
                if (c >= '0' && c <= '9') {
                    long v = 0;
                    while (i < fmt.length() && fmt.charAt(i) >= '0' && fmt.charAt(i) <= '9') {
                        v = v * 10 + (fmt.charAt(i++) - '0');
                        if (v > Integer.MAX_VALUE) {
                            ctx.warning("unpack(): Type " + type + ": integer overflow");
                            return false;
                        }
                    }
                    rep = (int) v;
                } else if (c == '*') {
                    rep = -1;
                    i++;
                }
            }
            int nameStart = i;
            while (i < fmt.length() && fmt.charAt(i) != '/') i++;
            String name = fmt.substring(nameStart, java.lang.Math.min(i, nameStart + 200));
            int argb = rep, size;
            switch (type) {
                case 'X' -> { if (rep < 0) rep = 1; size = -1; }
                case '@' -> { if (rep < 0) rep = 1; size = 0; }
                case 'a', 'A', 'Z' -> { size = rep; rep = 1; }
                case 'h', 'H' -> { size = rep > 0 ? (rep + 1) / 2 : rep; rep = 1; }
                case 'c', 'C', 'x' -> size = 1;
                case 's', 'S', 'n', 'v' -> size = 2;
                case 'i', 'I', 'l', 'L', 'N', 'V', 'f', 'g', 'G' -> size = 4;
                case 'q', 'Q', 'J', 'P', 'd', 'e', 'E' -> size = 8;
                default -> throw new PhpError("ValueError", "Invalid format type " + type);
            }
            for (int k = 0; k != rep; k++) {
                if (pos + size <= inputlen) {
                    Object key = rep == 1 && !name.isEmpty() ? name : name + (k + 1);
                    Object val = null;
                    switch (type) {
                        case 'a', 'A', 'Z' -> {
                            int len = inputlen - pos;
                            if (size >= 0 && len > size) len = size;
                            size = len;
                            String s = in.substring(pos, pos + len);
                            if (type == 'A') {
                                int e = s.length();
                                while (e > 0 && " \t\r\n\0".indexOf(s.charAt(e - 1)) >= 0) e--;
                                s = s.substring(0, e);
                            } else if (type == 'Z') {
                                int z = s.indexOf('\0');
                                if (z >= 0) s = s.substring(0, z);
                            }
                            val = s;
                        }
                        case 'h', 'H' -> {
                            int len = (inputlen - pos) * 2;
                            if (size >= 0 && len > size * 2) len = size * 2;
                            if (len > 0 && argb > 0) len -= argb % 2;
                            StringBuilder sb = new StringBuilder(len);
                            int shift = type == 'h' ? 0 : 4, ip = 0;
                            boolean first = true;
                            for (int o = 0; o < len; o++) {
                                int cc = (in.charAt(pos + ip) >> shift) & 0xf;
                                sb.append((char) (cc < 10 ? '0' + cc : 'a' + cc - 10));
                                shift = (shift + 4) & 7;
                                if (!first) ip++;
                                first = !first;
                            }
                            val = sb.toString();
                        }
                        case 'c' -> val = (long) (byte) in.charAt(pos);
                        case 'C' -> val = (long) (in.charAt(pos) & 0xff);
                        case 's' -> val = (long) (short) getLE(in, pos, 2);
                        case 'S', 'v' -> val = getLE(in, pos, 2);
                        case 'n' -> val = getBE(in, pos, 2);
                        case 'i', 'l' -> val = (long) (int) getLE(in, pos, 4);
                        case 'I', 'L', 'V' -> val = getLE(in, pos, 4);
                        case 'N' -> val = getBE(in, pos, 4);
                        case 'q', 'Q', 'P' -> val = getLE(in, pos, 8);
                        case 'J' -> val = getBE(in, pos, 8);
                        case 'f', 'g' -> val = (double) Float.intBitsToFloat((int) getLE(in, pos, 4));
                        case 'G' -> val = (double) Float.intBitsToFloat((int) getBE(in, pos, 4));
                        case 'd', 'e' -> val = Double.longBitsToDouble(getLE(in, pos, 8));
                        case 'E' -> val = Double.longBitsToDouble(getBE(in, pos, 8));
                        case 'x' -> { }
                        case 'X' -> {
                            if (pos < size) {
                                pos = -size;
                                k = rep - 1;
                                if (rep >= 0) ctx.warning("unpack(): Type " + type + ": outside of string");
                            }
                        }
                        case '@' -> {
                            if (rep <= inputlen) pos = rep;
                            else ctx.warning("unpack(): Type " + type + ": outside of string");
                            k = rep - 1;
                        }
                        default -> { }
                    }
                    if (type != 'x' && type != 'X' && type != '@') out.put(Convert.toKey(key), val);
                    pos += size;
                    if (pos < 0) {
                        if (size != -1) ctx.warning("unpack(): Type " + type + ": outside of string");
                        pos = 0;
                    }
                } else if (rep < 0) {
                    break;
                } else {
                    ctx.warning("unpack(): Type " + type + ": not enough input, need " + size + ", have " + (inputlen - pos));
                    return false;
                }
            }
            if (i < fmt.length()) i++;
        }
        return out;
    }
}
