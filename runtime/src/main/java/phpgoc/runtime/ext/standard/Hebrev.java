package phpgoc.runtime.ext.standard;

import phpgoc.runtime.Args;
import phpgoc.runtime.Values;

/**
 * hebrev(): logical ISO-8859-8 Hebrew to visual order, as php's string.c does it: blocks of
 * Hebrew (bytes 224..250, with the blanks, punctuation and newlines between them) and of other
 * text are laid out right to left, brackets and slashes mirrored in Hebrew blocks; then lines are
 * broken at {@code max_chars_per_line}, avoiding breaking words, and emitted last line first.
 */
public final class Hebrev {
    private Hebrev() {}

    private static boolean heb(int c) { return c >= 224 && c <= 250; }
    private static boolean blank(int c) { return c == ' ' || c == '\t'; }
    private static boolean newline(int c) { return c == '\n' || c == '\r'; }
    private static boolean punct(int c) { return c > 32 && c < 127 && !Character.isLetterOrDigit(c); }

    public static String hebrev(Object string) { return hebrev(string, 0L); }

    public static String hebrev(Object string, Object max_chars_per_line) {
        String s = Args.str(string, "hebrev", 1, "string");
        long max = max_chars_per_line == Values.UNDEF ? 0 : Args.toInt(max_chars_per_line, "hebrev", 2, "max_chars_per_line");
        int len = s.length();
        if (len == 0) return "";
        char[] heb = new char[len];
        int target = len - 1, t = 0, blockStart = 0, blockEnd = 0;
        boolean hebBlock = heb(at(s, 0));
        do {
            if (hebBlock) {
                while (blockEnd < len - 1) {
                    int n = at(s, t + 1);
                    if (!(heb(n) || blank(n) || punct(n) || n == '\n')) break;
                    t++;
                    blockEnd++;
                }
                for (int i = blockStart; i <= blockEnd; i++) heb[target--] = mirror(s.charAt(i));
            } else {
                while (blockEnd < len - 1) {
                    int n = at(s, t + 1);
                    if (heb(n) || n == '\n') break;
                    t++;
                    blockEnd++;
                }
                while ((blank(at(s, t)) || punct(at(s, t))) && at(s, t) != '/' && at(s, t) != '-' && blockEnd > blockStart) {
                    t--;
                    blockEnd--;
                }
                for (int i = blockEnd; i >= blockStart; i--) heb[target--] = s.charAt(i);
            }
            hebBlock = !hebBlock;
            blockStart = blockEnd + 1;
        } while (blockEnd < len - 1);

        StringBuilder out = new StringBuilder(len);
        int begin = len - 1, end = len - 1;
        while (true) {
            long count = 0;
            while ((max == 0 || max > 0 && count < max) && begin > 0) {
                count++;
                begin--;
                if (newline(heb[begin])) {
                    while (begin > 0 && newline(heb[begin - 1])) {
                        begin--;
                        count++;
                    }
                    break;
                }
            }
            if (max >= 0 && count == max) { // try to avoid breaking words
                long newCount = count;
                int newBegin = begin;
                while (newCount > 0) {
                    if (blank(heb[newBegin]) || newline(heb[newBegin])) break;
                    newBegin++;
                    newCount--;
                }
                if (newCount > 0) begin = newBegin;
            }
            int origBegin = begin;
            if (blank(heb[begin])) heb[begin] = '\n';
            while (begin <= end && newline(heb[begin])) begin++;
            for (int i = begin; i <= end; i++) out.append(heb[i]);
            for (int i = origBegin; i <= end && newline(heb[i]); i++) out.append(heb[i]);
            begin = origBegin;
            if (begin == 0) break;
            begin--;
            end = begin;
        }
        return out.toString();
    }

    private static int at(String s, int i) { return i >= 0 && i < s.length() ? s.charAt(i) & 0xFF : 0; }

    private static char mirror(char c) {
        return switch (c) {
            case '(' -> ')';
            case ')' -> '(';
            case '[' -> ']';
            case ']' -> '[';
            case '{' -> '}';
            case '}' -> '{';
            case '<' -> '>';
            case '>' -> '<';
            case '\\' -> '/';
            case '/' -> '\\';
            default -> c;
        };
    }
}
