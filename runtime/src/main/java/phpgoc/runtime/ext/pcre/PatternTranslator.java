package phpgoc.runtime.ext.pcre;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Compiles a PHP regex ({@code /body/flags}) to a {@link Regex}: splits off the delimiters and
 * modifiers as php_pcre.c does, then rewrites the PCRE body into java.util.regex syntax. Groups are
 * numbered here (named groups become plain Java groups: PCRE names allow '_', Java's do not), so
 * named back references are rewritten to numbered ones. Failures carry php's warning text.
 */
public final class PatternTranslator {
    private PatternTranslator() {}

    /** A pattern php rejects; {@link #getMessage} is the warning text after "fn(): ". */
    public static final class Failure extends Exception {
        Failure(String message) { super(message, null, false, false); }
    }

    /** Compiles a whole delimited pattern (a byte string). */
    public static Regex compile(String pattern) throws Failure {
        int n = pattern.length();
        int i = 0;
        while (i < n && isSpace(pattern.charAt(i))) i++;
        if (i == n) throw new Failure("Empty regular expression");
        char d = pattern.charAt(i);
        if (isAlnum(d) || d == '\\' || d == 0) {
            throw new Failure("Delimiter must not be alphanumeric, backslash, or NUL");
        }
        int start = ++i;
        char close = switch (d) { case '(' -> ')'; case '[' -> ']'; case '{' -> '}'; case '<' -> '>'; default -> d; };
        if (close == d) {
            while (i < n && pattern.charAt(i) != d) i += pattern.charAt(i) == '\\' && i + 1 < n ? 2 : 1;
            if (i >= n) throw new Failure("No ending delimiter '" + d + "' found");
        } else {
            int depth = 1;
            for (; i < n; i++) {
                char c = pattern.charAt(i);
                if (c == '\\' && i + 1 < n) { i++; continue; }
                if (c == close && --depth == 0) break;
                if (c == d) depth++;
            }
            if (i >= n) throw new Failure("No ending matching delimiter '" + close + "' found");
        }
        String body = pattern.substring(start, i);
        Options o = new Options();
        for (i++; i < n; i++) {
            char c = pattern.charAt(i);
            switch (c) {
                case 'i' -> o.caseless = true;
                case 'm' -> o.multiline = true;
                case 's' -> o.dotall = true;
                case 'x' -> o.extended = true;
                case 'A' -> o.anchored = true;
                case 'D' -> o.dollarEndOnly = true;
                case 'U' -> o.ungreedy = true;
                case 'u' -> o.utf8 = true;
                case 'n' -> o.noAutoCapture = true;
                case 'S', 'X', 'J', ' ', '\n', '\r' -> { }
                case 'e' -> throw new Failure("The /e modifier is no longer supported, use preg_replace_callback instead");
                case 0 -> throw new Failure("NUL is not a valid modifier");
                default -> throw new Failure("Unknown modifier '" + c + "'");
            }
        }
        body = leadingVerbs(body, o);
        if (o.utf8) body = Utf8.decodePattern(body);
        return compileBody(body, o);
    }

    private static final Pattern VERB = Pattern.compile("\\(\\*([A-Z_0-9]+)(?:=\\d+)?\\)");

    /** Strips PCRE's leading option verbs: (*UTF8) and (*UTF) turn on UTF-8; newline and limit verbs are ignored. */
    private static String leadingVerbs(String body, Options o) {
        java.util.regex.Matcher m = VERB.matcher(body);
        int at = 0;
        while (m.find(at) && m.start() == at) {
            if (m.group(1).startsWith("UTF")) o.utf8 = true;
            at = m.end();
        }
        return body.substring(at);
    }

    /** The modifiers that change how a body is translated or compiled. */
    static final class Options {
        boolean caseless, multiline, dotall, extended, anchored, dollarEndOnly, ungreedy, utf8, noAutoCapture;
    }

    static Regex compileBody(String body, Options o) throws Failure {
        Translation probe = new Translation(body, o, null);
        probe.run(); // numbers the groups, so back references can be told from octal escapes
        Translation t = new Translation(body, o, probe.names);
        String javaRe = t.run();
        if (o.anchored) javaRe = "\\G(?:" + javaRe + ")";
        int flags = Pattern.UNIX_LINES;
        if (o.caseless) flags |= Pattern.CASE_INSENSITIVE | (o.utf8 ? Pattern.UNICODE_CASE : 0);
        if (o.multiline) flags |= Pattern.MULTILINE;
        if (o.dotall) flags |= Pattern.DOTALL;
        if (o.utf8) flags |= Pattern.UNICODE_CHARACTER_CLASS; // php sets PCRE2_UCP with u: \w, \d, [:alpha:] are Unicode
        try {
            Pattern p = Pattern.compile(javaRe, flags);
            Pattern nonEmpty = Pattern.compile("(?:" + javaRe + ")(?!\\G)", flags);
            return new Regex(p, nonEmpty, o.utf8, t.names.size() - 1, t.names.toArray(new String[0]));
        } catch (PatternSyntaxException e) {
            String desc = e.getDescription();
            if (desc.startsWith("Look-behind")) {
                throw new Failure("Compilation failed: lookbehind assertion is not fixed length at offset "
                        + Math.max(0, t.firstLookbehind));
            }
            throw new Failure("Compilation failed: " + desc.toLowerCase(java.util.Locale.ROOT) + " at offset "
                    + Math.min(body.length(), Math.max(0, e.getIndex())));
        } catch (StackOverflowError e) {
            throw new Failure("Compilation failed: regular expression is too large at offset 0");
        }
    }

    /** Translates a bare PCRE body (no delimiters) with the given modifiers; for tests. */
    public static String translate(String body, String modifiers) throws Failure {
        Options o = new Options();
        o.extended = modifiers.indexOf('x') >= 0;
        o.ungreedy = modifiers.indexOf('U') >= 0;
        o.dollarEndOnly = modifiers.indexOf('D') >= 0;
        o.noAutoCapture = modifiers.indexOf('n') >= 0;
        Translation probe = new Translation(body, o, null);
        probe.run();
        return new Translation(body, o, probe.names).run();
    }

    static boolean isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0B || c == '\f'; }
    static boolean isAlnum(char c) { return c < 128 && Character.isLetterOrDigit(c); }
    static boolean isDigit(char c) { return c >= '0' && c <= '9'; }

    /** One pass over a body; {@link #names} collects the groups (index 0 is the whole match). */
    private static final class Translation {
        final String s;
        final Options o;
        final int totalGroups;
        final List<String> known; // every group's name, from the first pass (null in it)
        final StringBuilder out = new StringBuilder();
        final List<String> names = new ArrayList<>();
        int i;
        int depth;
        int firstLookbehind = -1;
        boolean extended, ungreedy; // x and U, which the translator applies itself (inline flags change them)
        final java.util.ArrayDeque<Integer> saved = new java.util.ArrayDeque<>(); // x/U at each open group
        int lastCp; // the code point the last escape stood for (CLASS for \\d and the like)
        boolean canRepeat;

        Translation(String s, Options o, List<String> known) {
            this.s = s;
            this.known = known;
            this.extended = o.extended;
            this.ungreedy = o.ungreedy;
            this.totalGroups = known == null ? Integer.MAX_VALUE : known.size() - 1;
            this.o = o;
            names.add(null);
        }

        Failure fail(String what, int at) { return new Failure("Compilation failed: " + what + " at offset " + at); }

        char peek(int k) { return i + k < s.length() ? s.charAt(i + k) : 0; }

        String run() throws Failure {
            int n = s.length();
            while (i < n) {
                char c = s.charAt(i);
                if (extended && isSpace(c)) { i++; continue; }
                if (extended && c == '#') {
                    while (i < n && s.charAt(i) != '\n') i++;
                    continue;
                }
                switch (c) {
                    case '\\' -> { escape(false); canRepeat = true; }
                    case '[' -> { charClass(); canRepeat = true; }
                    case '(' -> open();
                    case ')' -> {
                        if (depth == 0) throw fail("unmatched closing parenthesis", i);
                        depth--;
                        int st = saved.pop(); // inline (?x) / (?U) end with their group
                        extended = (st & 1) != 0;
                        ungreedy = (st & 2) != 0;
                        out.append(')');
                        i++;
                        canRepeat = true;
                    }
                    case '|' -> { out.append('|'); i++; canRepeat = false; }
                    case '*', '+', '?' -> {
                        if (!canRepeat) throw fail("quantifier does not follow a repeatable item", i);
                        out.append(c);
                        i++;
                        quantifierSuffix();
                    }
                    case '{' -> brace();
                    case '}' -> { out.append("\\}"); i++; canRepeat = true; }
                    case '$' -> {
                        out.append(o.dollarEndOnly && !o.multiline ? "\\z" : "$");
                        i++;
                        canRepeat = true;
                    }
                    default -> { literal(c); i++; canRepeat = true; }
                }
            }
            if (depth > 0) throw fail("missing closing parenthesis", n);
            return out.toString();
        }

        void literal(char c) {
            if (c < 0x20 || c == 0x7F) out.append(String.format("\\x%02x", (int) c));
            else out.append(c);
        }

        /** After a quantifier: PCRE's lazy '?' and possessive '+', and U's inverted greediness. */
        void quantifierSuffix() {
            char c = peek(0);
            if (c == '+') { out.append('+'); i++; }
            else if (c == '?') { if (!ungreedy) out.append('?'); i++; }
            else if (ungreedy) out.append('?');
            canRepeat = false;
        }

        /** '{': a quantifier {n}, {n,} or {n,m}, else a literal brace (PCRE's rule; Java rejects it). */
        void brace() throws Failure {
            int j = i + 1, n = s.length();
            int a = j;
            while (j < n && isDigit(s.charAt(j))) j++;
            boolean ok = j > a;
            int b = -1, bEnd = -1;
            if (ok && j < n && s.charAt(j) == ',') {
                j++;
                b = j;
                while (j < n && isDigit(s.charAt(j))) j++;
                bEnd = j;
            }
            ok = ok && j < n && s.charAt(j) == '}';
            if (!ok) { out.append("\\{"); i++; canRepeat = true; return; }
            if (!canRepeat) throw fail("quantifier does not follow a repeatable item", i);
            if (b >= 0 && bEnd > b) {
                long lo = Long.parseLong(s.substring(a, Math.min(b - 1, a + 9)));
                long hi = Long.parseLong(s.substring(b, Math.min(bEnd, b + 9)));
                if (hi < lo) throw fail("numbers out of order in {} quantifier", j);
            }
            out.append(s, i, j + 1);
            i = j + 1;
            quantifierSuffix();
        }

        void open() throws Failure {
            int at = i;
            canRepeat = false;
            if (peek(1) != '?') {
                i++;
                openGroup();
                if (o.noAutoCapture) out.append("(?:");
                else { names.add(null); out.append('('); }
                return;
            }
            char k = peek(2);
            switch (k) {
                case '#' -> {
                    int e = s.indexOf(')', i);
                    if (e < 0) throw fail("missing ) at end of (?# comment", s.length());
                    i = e + 1;
                    canRepeat = true; // php: a comment is transparent; the item before it stays repeatable
                }
                case ':', '=', '!', '>' -> { out.append(s, i, i + 3); i += 3; openGroup(); }
                case 'P' -> {
                    char k3 = peek(3);
                    if (k3 == '<') { i += 4; namedGroup('>', at); }
                    else if (k3 == '=') {
                        i += 4;
                        int nameAt = i;
                        out.append(backref(groupNumber(readName(')'), nameAt)));
                        canRepeat = true;
                    }
                    else throw unsupported("recursion", at);
                }
                case '<' -> {
                    char k3 = peek(3);
                    if (k3 == '=' || k3 == '!') {
                        if (firstLookbehind < 0) firstLookbehind = at;
                        out.append(s, i, i + 4);
                        i += 4;
                        openGroup();
                    } else { i += 3; namedGroup('>', at); }
                }
                case '\'' -> { i += 3; namedGroup('\'', at); }
                case '|' -> throw unsupported("branch reset (?|", at);
                case '(' -> throw unsupported("conditional subpattern", at);
                case 'R', '&', '+', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> {
                    if (k == '-' && !isDigit(peek(3))) { inlineFlags(); break; }
                    throw unsupported("recursion", at);
                }
                default -> inlineFlags();
            }
        }

        Failure unsupported(String what, int at) { return fail(what + " is not supported by phpgoc", at); }

        void namedGroup(char end, int at) throws Failure {
            int nameAt = i;
            String name = readName(end);
            if (name.isEmpty()) throw fail("subpattern name expected", nameAt);
            if (isDigit(name.charAt(0))) throw fail("subpattern name must start with a non-digit", nameAt);
            if (names.contains(name)) throw fail("two named subpatterns have the same name (PCRE2_DUPNAMES not set)", i);
            names.add(name);
            out.append('(');
            openGroup();
        }

        /** Reads a group name up to {@code end} and steps past it. */
        String readName(char end) throws Failure {
            int a = i;
            while (i < s.length() && (isAlnum(s.charAt(i)) || s.charAt(i) == '_')) i++;
            if (i >= s.length() || s.charAt(i) != end) {
                throw fail(i >= s.length() ? "syntax error in subpattern name (missing terminator?)"
                        : "subpattern name expected", i);
            }
            String name = s.substring(a, i);
            i++;
            return name;
        }

        int groupNumber(String name, int at) throws Failure {
            int g = (known != null ? known : names).indexOf(name);
            if (g < 0 && known != null) throw fail("reference to non-existent subpattern", at);
            return Math.max(g, 1);
        }

        String backref(int g) { return "(?:\\" + g + ")"; }

        void openGroup() {
            depth++;
            saved.push((extended ? 1 : 0) | (ungreedy ? 2 : 0));
        }

        /** (?imsxU-imsxU) and (?...: ...): Java gets i m s; x and U are applied here; J, X and n are ignored. */
        void inlineFlags() throws Failure {
            int j = i + 2;
            StringBuilder on = new StringBuilder(), off = new StringBuilder();
            boolean neg = false, x = extended, u = ungreedy;
            while (j < s.length()) {
                char c = s.charAt(j);
                if (c == ')' || c == ':') break;
                if (c == '-') neg = true;
                else if ("ims".indexOf(c) >= 0) (neg ? off : on).append(c);
                else if (c == 'x') x = !neg;
                else if (c == 'U') u = !neg;
                else if ("JXn^".indexOf(c) < 0) throw fail("unrecognized character after (? or (?-", j);
                j++;
            }
            if (j >= s.length()) throw fail("missing closing parenthesis", s.length());
            String javaFlags = on + (off.length() > 0 ? "-" + off : "");
            if (s.charAt(j) == ':') {
                out.append("(?").append(javaFlags).append(':');
                openGroup();
            } else if (!javaFlags.isEmpty()) {
                out.append("(?").append(javaFlags).append(')');
            }
            extended = x;
            ungreedy = u;
            i = j + 1;
            canRepeat = false;
        }

        /** A backslash escape at {@code i}, outside (inClass false) or inside a character class. */
        void escape(boolean inClass) throws Failure {
            int at = i;
            if (i + 1 >= s.length()) throw fail("\\ at end of pattern", s.length());
            char e = s.charAt(i + 1);
            i += 2;
            switch (e) {
                case 'd', 'D', 'w', 'W', 's', 'S', 'h', 'H', 'v', 'V' -> { out.append('\\').append(e); lastCp = CLASS; }
                case 't', 'n', 'r', 'f', 'e', 'a' -> {
                    out.append('\\').append(e);
                    lastCp = "\t\n\r\f\u001b\u0007".charAt("tnrfea".indexOf(e));
                }
                case 'b' -> { out.append(inClass ? "\\x08" : "\\b"); lastCp = 8; }
                case 'B', 'A', 'z', 'Z', 'G', 'R', 'X' -> {
                    if (inClass) throw fail("escape sequence is invalid in character class", i - 1);
                    out.append('\\').append(e);
                }
                case 'N' -> {
                    if (inClass) throw fail("escape sequence is invalid in character class", i - 1);
                    out.append("[^\\n]");
                }
                case 'C' -> out.append(inClass ? "\\x43" : "[\\x00-\\x{10FFFF}]");
                case 'K' -> throw unsupported("\\K", at);
                case 'Q' -> {
                    int end = s.indexOf("\\E", i);
                    String lit = s.substring(i, end < 0 ? s.length() : end);
                    for (int k = 0; k < lit.length(); k++) codePoint(lit.charAt(k));
                    i = end < 0 ? s.length() : end + 2;
                }
                case 'E' -> { }
                case 'x' -> {
                    if (peek(0) == '{') {
                        int end = s.indexOf('}', i);
                        if (end < 0) throw fail("missing terminating } in \\x{}", s.length());
                        out.append("\\x{").append(s, i + 1, end).append('}');
                        i = end + 1;
                    } else {
                        int v = 0, k = 0;
                        while (k < 2 && Character.digit(peek(0), 16) >= 0) { v = v * 16 + Character.digit(peek(0), 16); i++; k++; }
                        codePoint(v);
                    }
                }
                case 'o' -> {
                    int end = peek(0) == '{' ? s.indexOf('}', i) : -1;
                    if (end < 0) throw fail("missing opening brace after \\o", i);
                    codePoint(Integer.parseInt(s.substring(i + 1, end), 8));
                    i = end + 1;
                }
                case '0' -> codePoint(octal(2));
                case '1', '2', '3', '4', '5', '6', '7', '8', '9' -> {
                    i--;
                    int a = i;
                    while (i < s.length() && isDigit(s.charAt(i))) i++;
                    int g = Integer.parseInt(s.substring(a, Math.min(i, a + 6)));
                    if (!inClass && (g < 10 || g <= totalGroups)) {
                        if (g > totalGroups) throw fail("reference to non-existent subpattern", i - 1);
                        out.append(backref(g));
                    } else {
                        i = a;
                        if (s.charAt(i) >= '8') { codePoint(s.charAt(i)); i++; }
                        else codePoint(octal(3));
                    }
                }
                case 'g' -> {
                    if (inClass) throw fail("escape sequence is invalid in character class", i - 1);
                    out.append(backref(gReference(at)));
                }
                case 'k' -> {
                    if (inClass) throw fail("escape sequence is invalid in character class", i - 1);
                    char open = peek(0);
                    char close = open == '<' ? '>' : open == '\'' ? '\'' : open == '{' ? '}' : 0;
                    if (close == 0) throw fail("\\k is not followed by a braced, angle-bracketed, or quoted name", i);
                    int nameAt = ++i;
                    out.append(backref(groupNumber(readName(close), nameAt)));
                }
                case 'p', 'P' -> { property(e == 'P'); lastCp = CLASS; }
                case 'c' -> {
                    if (i >= s.length()) throw fail("\\c at end of pattern", i);
                    codePoint(Character.toUpperCase(s.charAt(i)) ^ 0x40);
                    i++;
                }
                default -> {
                    if (isAlnum(e)) throw fail("unrecognized character follows \\", i - 1);
                    codePoint(e);
                }
            }
        }

        /** \g references: \gN, \g{N}, \g{-N}, \g-N, \g{name}. */
        int gReference(int at) throws Failure {
            boolean braced = peek(0) == '{';
            if (peek(0) == '<' || peek(0) == '\'') throw unsupported("subroutine call", at);
            if (braced) i++;
            int a = i;
            if (peek(0) == '-' || peek(0) == '+') i++;
            while (i < s.length() && isDigit(s.charAt(i))) i++;
            String num = s.substring(a, i);
            if (braced && (num.isEmpty() || peek(0) != '}')) {
                i = a;
                return groupNumber(readName('}'), a);
            }
            if (braced) i++;
            if (num.isEmpty() || num.equals("-") || num.equals("+")) throw fail("a numbered reference must not be zero", i);
            int g = Integer.parseInt(num.startsWith("+") ? num.substring(1) : num);
            if (g < 0) g = names.size() + g; // relative: -1 is the most recently opened group
            if (g <= 0 || (totalGroups != Integer.MAX_VALUE && g > totalGroups)) {
                throw fail("reference to non-existent subpattern", i - 1);
            }
            return g;
        }

        int octal(int max) {
            int v = 0;
            for (int k = 0; k < max && peek(0) >= '0' && peek(0) <= '7'; k++) { v = v * 8 + (peek(0) - '0'); i++; }
            return v;
        }

        /** One literal code point, escaped so Java reads it literally inside or outside a class. */
        void codePoint(int cp) {
            lastCp = cp;
            if (cp < 128 && (isAlnum((char) cp) || cp == '_')) out.append((char) cp);
            else out.append("\\x{").append(Integer.toHexString(cp)).append('}');
        }

        /** \p{..} / \P{..} / \pL: PCRE's category and script names to Java's. */
        void property(boolean negated) throws Failure {
            String name;
            if (peek(0) == '{') {
                int end = s.indexOf('}', i);
                if (end < 0) throw fail("malformed \\P or \\p sequence", s.length());
                name = s.substring(i + 1, end);
                i = end + 1;
            } else {
                if (i >= s.length()) throw fail("malformed \\P or \\p sequence", i);
                name = String.valueOf(s.charAt(i++));
            }
            if (name.startsWith("^")) { negated = !negated; name = name.substring(1); }
 if (name.equals("Any")) {
                out.append(negated ? "[^\\x{0}-\\x{10FFFF}]" : "[\\x{0}-\\x{10FFFF}]");
                return;
            }
            String java = switch (name) {
                case "L&" -> "LC";
                case "Xan" -> "Alnum";
                case "Xsp", "Xps" -> "Space";
                case "Xwd" -> "Alnum";
                default -> name.length() <= 2 ? name : "Is" + name;
            };
            out.append(negated ? "\\P{" : "\\p{").append(java).append('}');
        }

        /** A character class: PCRE's '[' and '&' are literal in classes, a leading ']' too; POSIX names. */
        void charClass() throws Failure {
            i++;
            out.append('[');
            if (peek(0) == '^') { out.append('^'); i++; }
            if (peek(0) == ']') { out.append("\\]"); i++; }
            int last = NONE; // the previous item: a code point, CLASS (\d, [:alpha:]) or NONE
            while (true) {
                if (i >= s.length()) throw fail("missing terminating ] for character class", s.length());
                char c = s.charAt(i);
                if (c == ']') { out.append(']'); i++; return; }
                if (c == '-' && last != NONE && peek(1) != ']' && i + 1 < s.length()) {
                    if (last == CLASS) throw fail("invalid range in character class", i);
                    out.append('-');
                    i++;
                    int hi = classItem();
                    if (hi == CLASS) throw fail("invalid range in character class", i);
                    if (hi >= 0 && hi < last) throw fail("range out of order in character class", i - 1);
                    last = NONE; // a '-' after a range is literal
                    continue;
                }
                last = classItem();
            }
        }

        static final int NONE = -3, CLASS = -1;

        /** One class member at {@code i}, emitted; its code point, or CLASS / NONE. */
        int classItem() throws Failure {
            char c = s.charAt(i);
            if (c == '[' && peek(1) == ':') {
                int end = s.indexOf(":]", i + 2);
                if (end > 0) { posix(s.substring(i + 2, end), i + 2); i = end + 2; return CLASS; }
            }
            if (c == '\\') {
                lastCp = NONE;
                escape(true);
                return lastCp;
            }
            if (c == '[' || c == '&' || c == '-' || c == '^') out.append('\\').append(c);
            else literal(c);
            i++;
            return c;
        }

        void posix(String name, int at) throws Failure {
            boolean neg = name.startsWith("^");
            if (neg) name = name.substring(1);
            String java = switch (name) {
                case "alnum" -> "\\p{Alnum}";
                case "alpha" -> "\\p{Alpha}";
                case "ascii" -> "\\x00-\\x7f";
                case "blank" -> "\\p{Blank}";
                case "cntrl" -> "\\p{Cntrl}";
                case "digit" -> "\\d";
                case "graph" -> "\\p{Graph}";
                case "lower" -> "\\p{Lower}";
                case "print" -> "\\p{Print}";
                case "punct" -> "\\p{Punct}";
                case "space" -> "\\s";
                case "upper" -> "\\p{Upper}";
                case "word" -> "\\w";
                case "xdigit" -> "0-9A-Fa-f";
                default -> throw fail("unknown POSIX class name", at);
            };
            if (neg) out.append("[^").append(java).append(']');
            else out.append(java);
        }
    }
}
