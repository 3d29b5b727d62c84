package phpgoc.runtime.ext.standard;

/**
 * php's natural order comparison {@code strnatcmp_ex} (ext/standard/strnatcmp.c), on byte strings:
 * leading zeros skipped once, whitespace skipped, digit runs compared by value (right-aligned) or,
 * when one starts with '0', as fractions (left-aligned). Bytes past the end read as NUL, as php's
 * NUL-terminated strings do.
 */
final class Natural {
    private Natural() {}

    private static boolean isDigit(int c) { return c >= '0' && c <= '9'; }

    private static boolean isSpace(int c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

    private static int at(String s, int i) { return i < s.length() ? s.charAt(i) & 0xFF : 0; }

    private static int toUpper(int c) { return c >= 'a' && c <= 'z' ? c - 32 : c; }

    /** -1, 0 or 1. */
    static int compare(String a, String b, boolean foldCase) {
        int alen = a.length(), blen = b.length();
        if (alen == 0 || blen == 0) return alen == blen ? 0 : alen > blen ? 1 : -1;
        int ap = 0, bp = 0;
        int ca = at(a, 0), cb = at(b, 0);
        while (ca == '0' && ap + 1 < alen && isDigit(at(a, ap + 1))) ca = at(a, ++ap);
        while (cb == '0' && bp + 1 < blen && isDigit(at(b, bp + 1))) cb = at(b, ++bp);
        while (true) {
            while (isSpace(ca)) ca = at(a, ++ap);
            while (isSpace(cb)) cb = at(b, ++bp);
            if (isDigit(ca) && isDigit(cb)) {
                boolean fractional = ca == '0' || cb == '0';
                int[] pos = {ap, bp};
                int result = fractional ? compareLeft(a, b, pos) : compareRight(a, b, pos);
                ap = pos[0];
                bp = pos[1];
                if (result != 0) return result;
                if (ap == alen && bp == blen) return 0;
                if (ap == alen) return -1;
                if (bp == blen) return 1;
                ca = at(a, ap);
                cb = at(b, bp);
            }
            if (foldCase) {
                ca = toUpper(ca);
                cb = toUpper(cb);
            }
            if (ca < cb) return -1;
            if (ca > cb) return 1;
            ++ap;
            ++bp;
            if (ap >= alen && bp >= blen) return 0;
            if (ap >= alen) return -1;
            if (bp >= blen) return 1;
            ca = at(a, ap);
            cb = at(b, bp);
        }
    }

    /** Right-aligned digit runs: the longer run wins, else the first difference. Advances pos. */
    private static int compareRight(String a, String b, int[] pos) {
        int bias = 0;
        for (;; pos[0]++, pos[1]++) {
            boolean ea = pos[0] == a.length() || !isDigit(at(a, pos[0]));
            boolean eb = pos[1] == b.length() || !isDigit(at(b, pos[1]));
            if (ea && eb) return bias;
            if (ea) return -1;
            if (eb) return 1;
            int x = at(a, pos[0]), y = at(b, pos[1]);
            if (x < y) {
                if (bias == 0) bias = -1;
            } else if (x > y) {
                if (bias == 0) bias = 1;
            }
        }
    }

    /** Left-aligned digit runs: the first difference wins. Advances pos. */
    private static int compareLeft(String a, String b, int[] pos) {
        for (;; pos[0]++, pos[1]++) {
            boolean ea = pos[0] == a.length() || !isDigit(at(a, pos[0]));
            boolean eb = pos[1] == b.length() || !isDigit(at(b, pos[1]));
            if (ea && eb) return 0;
            if (ea) return -1;
            if (eb) return 1;
            int x = at(a, pos[0]), y = at(b, pos[1]);
            if (x < y) return -1;
            if (x > y) return 1;
        }
    }
}
