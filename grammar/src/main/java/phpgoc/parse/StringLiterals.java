package phpgoc.parse;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import phpgoc.ast.Expr;
import phpgoc.ast.Span;

/**
 * Turns the raw text of string and number tokens into AST values: unescaping, "$var"/"{$expr}"
 * interpolation (embedded expressions are parsed through {@link SubParser}), heredoc closing-marker
 * indentation removal, and php's integer-overflow-to-float rule. Strings are byte strings.
 */
final class StringLiterals {
    /** Parses the source of an expression embedded in a string; {@code line} is its first line. */
    interface SubParser { Expr parse(String source, int line); }

    private final String file;
    private final SubParser sub;
    private final List<Diagnostic> diagnostics;

    StringLiterals(String file, SubParser sub, List<Diagnostic> diagnostics) {
        this.file = file;
        this.sub = sub;
        this.diagnostics = diagnostics;
    }

    // ---- numbers

    /** An integer literal token (decimal, 0x, 0b, 0o, legacy octal); too big for a long becomes a float. */
    static Expr intLiteral(String text, Span span) {
        String s = text.replace("_", "").toLowerCase();
        int radix = 10;
        String digits = s;
        if (s.startsWith("0x")) { radix = 16; digits = s.substring(2); }
        else if (s.startsWith("0b")) { radix = 2; digits = s.substring(2); }
        else if (s.startsWith("0o")) { radix = 8; digits = s.substring(2); }
        else if (s.length() > 1 && s.startsWith("0")) { radix = 8; digits = s.substring(1); }
        BigInteger v = new BigInteger(digits, radix);
        if (v.bitLength() < 64) return new Expr.IntLit(v.longValue(), span);
        if (radix == 10) return new Expr.FloatLit(Double.parseDouble(digits), span);
        if (radix == 16) return new Expr.FloatLit(v.doubleValue(), span);
        return new Expr.FloatLit(phpBinOctStrtod(digits, radix), span);
    }

    /**
     * php's {@code zend_bin_strtod}/{@code zend_oct_strtod}: {@code value = value * base + c - '0'}
     * with {@code c} the digit character, so each step rounds twice ({@code (value*base + c) - '0'});
     * {@code 0b} followed by 64 ones is 1.844674407370955E+19, not 2^64. (Hex literals add the digit's value.)
     */
    private static double phpBinOctStrtod(String digits, int base) {
        double value = 0;
        for (int i = 0; i < digits.length(); i++) {
            value = value * base + digits.charAt(i);
            value = value - '0';
        }
        return value;
    }

    static Expr floatLiteral(String text, Span span) {
        return new Expr.FloatLit(Double.parseDouble(text.replace("_", "")), span);
    }

    // ---- single-quoted

    static String singleQuoted(String raw) {
        String body = raw.substring(1, raw.length() - 1);
        if (body.indexOf('\\') < 0) return body;
        StringBuilder sb = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length() && (body.charAt(i + 1) == '\\' || body.charAt(i + 1) == '\'')) {
                sb.append(body.charAt(++i));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    // ---- double-quoted, backtick, heredoc

    /** A double-quoted string token: a StrLit when there is no interpolation, else an Interp. */
    Expr doubleQuoted(String raw, Span span) {
        List<Expr> parts = interpolate(raw.substring(1, raw.length() - 1), '"', span.line(), span);
        return join(parts, span);
    }

    List<Expr> backtick(String raw, Span span) {
        return interpolate(raw.substring(1, raw.length() - 1), '`', span.line(), span);
    }

    /** A heredoc or nowdoc token, with the closing marker's indentation removed from every line. */
    Expr heredoc(String raw, Span span) {
        int nl = raw.indexOf('\n');
        String header = raw.substring(3, nl).trim();
        boolean nowdoc = header.startsWith("'");
        int lastNl = raw.lastIndexOf('\n');
        String closing = raw.substring(lastNl + 1);
        int ind = 0;
        while (ind < closing.length() && (closing.charAt(ind) == ' ' || closing.charAt(ind) == '\t')) ind++;
        String indent = closing.substring(0, ind);
        String body = lastNl <= nl ? "" : raw.substring(nl + 1, lastNl);
        if (body.endsWith("\r")) body = body.substring(0, body.length() - 1);
        if (indent.indexOf(' ') >= 0 && indent.indexOf('\t') >= 0) {
            throw new BuildFailure(ParseError.syntax("Invalid indentation - tabs and spaces cannot be mixed", span.line() + count(raw, 0, lastNl) + 1));
        }
        if (lastNl > nl && !indent.isEmpty()) {
            String[] lines = body.split("\n", -1);
            StringBuilder sb = new StringBuilder(body.length());
            for (int k = 0; k < lines.length; k++) {
                String l = lines[k];
                char other = indent.charAt(0) == ' ' ? '\t' : ' ';
                int lead = 0;
                while (lead < l.length() && lead < ind && (l.charAt(lead) == ' ' || l.charAt(lead) == '\t')) lead++;
                if (l.substring(0, lead).indexOf(other) >= 0) {
                    throw new BuildFailure(ParseError.syntax("Invalid indentation - tabs and spaces cannot be mixed", span.line() + 1 + k));
                }
                if (l.startsWith(indent)) {
                    l = l.substring(ind);
                } else if (!l.isBlank()) {
                    throw new BuildFailure(ParseError.syntax("Invalid body indentation level (expecting an indentation level of at least "
                            + ind + ")", span.line() + 1 + k));
                } else {
                    l = "";
                }
                if (k > 0) sb.append('\n');
                sb.append(l);
            }
            body = sb.toString();
        }
        if (nowdoc) return new Expr.StrLit(body, span);
        return join(interpolate(body, '\0', span.line() + 1, span), span);
    }

    private static Expr join(List<Expr> parts, Span span) {
        if (parts.isEmpty()) return new Expr.StrLit("", span);
        if (parts.size() == 1 && parts.get(0) instanceof Expr.StrLit s) return new Expr.StrLit(s.value(), span);
        return new Expr.Interp(parts, span);
    }

    private static boolean labelStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 0x80 && c <= 0xff;
    }

    private static boolean labelChar(char c) { return labelStart(c) || c >= '0' && c <= '9'; }

    private static int hex(char c) { return Character.digit(c, 16); }

    /** Splits a string body into literal and expression parts; quote is '"', '`' or '\0' (heredoc). */
    private List<Expr> interpolate(String s, char quote, int firstLine, Span span) {
        List<Expr> parts = new ArrayList<>();
        StringBuilder lit = new StringBuilder();
        int n = s.length();
        int line = firstLine;
        int i = 0;
        // php reports a "${" deprecation on the line its compiler last saw: the previous
        // interpolation's, else the line the string's first part starts on
        int reportLine = firstLine;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\n') line++;
            if (c == '\\' && i + 1 < n) {
                i = escape(s, i, quote, lit, line);
                continue;
            }
            if (c == '$' && i + 1 < n && labelStart(s.charAt(i + 1))) {
                flush(lit, parts, span);
                i = simpleVar(s, i, parts, line);
                reportLine = line;
                continue;
            }
            if (c == '{' && i + 1 < n && s.charAt(i + 1) == '$') {
                int end = matchBrace(s, i + 1);
                flush(lit, parts, span);
                parts.add(sub.parse(s.substring(i + 1, end), line));
                reportLine = line;
                line += count(s, i, end);
                i = end + 1;
                continue;
            }
            if (c == '$' && i + 1 < n && s.charAt(i + 1) == '{') {
                int end = matchBrace(s, i + 2);
                flush(lit, parts, span);
                parts.add(dollarBrace(s.substring(i + 2, end), line, reportLine));
                reportLine = line;
                line += count(s, i, end);
                i = end + 1;
                continue;
            }
            lit.append(c);
            i++;
        }
        flush(lit, parts, span);
        return parts;
    }

    private static int count(String s, int from, int to) {
        int k = 0;
        for (int i = from; i < to; i++) if (s.charAt(i) == '\n') k++;
        return k;
    }

    private void flush(StringBuilder lit, List<Expr> parts, Span span) {
        if (lit.length() > 0) {
            parts.add(new Expr.StrLit(lit.toString(), span));
            lit.setLength(0);
        }
    }

    /** Index of the '}' closing a brace whose content starts at i. */
    private static int matchBrace(String s, int i) {
        int depth = 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '{') depth++;
            else if (c == '}' && --depth == 0) return i;
            else if (c == '\'' || c == '"') {
                char q = c;
                i++;
                while (i < s.length() && s.charAt(i) != q) i += s.charAt(i) == '\\' ? 2 : 1;
            }
            i++;
        }
        return s.length();
    }

    /**
     * "${name}", "${name[expr]}" or "${expr}", with php 8.2's deprecation (reported on {@code reportLine}).
     */
    private Expr dollarBrace(String inner, int line, int reportLine) {
        Span sp = Span.at(file, line);
        int k = 0;
        while (k < inner.length() && labelChar(inner.charAt(k))) k++;
        if (k > 0 && labelStart(inner.charAt(0))) {
            String name = inner.substring(0, k);
            if (k == inner.length() || inner.charAt(k) == '[' && inner.endsWith("]")) {
                diagnostics.add(Diagnostic.deprecated("Using ${var} in strings is deprecated, use {$var} instead", reportLine));
            }
            if (k == inner.length()) return new Expr.Var(name, sp);
            if (inner.charAt(k) == '[' && inner.endsWith("]")) {
                return new Expr.Dim(new Expr.Var(name, sp), sub.parse(inner.substring(k + 1, inner.length() - 1), line), sp);
            }
        }
        diagnostics.add(Diagnostic.deprecated(
                "Using ${expr} (variable variables) in strings is deprecated, use {${expr}} instead", reportLine));
        return new Expr.VarVar(sub.parse(inner, line), sp);
    }

    /** "$name", "$name[key]", "$name->prop" starting at the '$'; returns the index after it. */
    private int simpleVar(String s, int i, List<Expr> parts, int line) {
        Span sp = Span.at(file, line);
        int j = i + 1;
        while (j < s.length() && labelChar(s.charAt(j))) j++;
        Expr v = new Expr.Var(s.substring(i + 1, j), sp);
        if (j < s.length() && s.charAt(j) == '[') {
            int close = s.indexOf(']', j);
            if (close > j + 1) {
                String key = s.substring(j + 1, close);
                Expr idx = offset(key, sp, line);
                if (idx != null) {
                    parts.add(new Expr.Dim(v, idx, sp));
                    return close + 1;
                }
            }
        } else if (s.startsWith("->", j) && j + 2 < s.length() && labelStart(s.charAt(j + 2))) {
            int k = j + 2;
            while (k < s.length() && labelChar(s.charAt(k))) k++;
            parts.add(new Expr.Prop(v, new Expr.StrLit(s.substring(j + 2, k), sp), false, sp));
            return k;
        } else if (s.startsWith("?->", j) && j + 3 < s.length() && labelStart(s.charAt(j + 3))) {
            int k = j + 3;
            while (k < s.length() && labelChar(s.charAt(k))) k++;
            parts.add(new Expr.Prop(v, new Expr.StrLit(s.substring(j + 3, k), sp), true, sp));
            return k;
        }
        parts.add(v);
        return j;
    }

    /** The key of "$a[key]": a variable, a (negative) decimal integer, or a bare word as a string. */
    private static Expr offset(String key, Span sp, int line) {
        if (key.startsWith("$")) {
            String name = key.substring(1);
            if (!name.isEmpty() && labelStart(name.charAt(0)) && name.chars().allMatch(ch -> labelChar((char) ch))) {
                return new Expr.Var(name, sp);
            }
            return null;
        }
        boolean neg = key.startsWith("-");
        String digits = neg ? key.substring(1) : key;
        if (!digits.isEmpty() && digits.chars().allMatch(Character::isDigit)) {
            if ((digits.length() == 1 || digits.charAt(0) != '0') && digits.length() < 19) {
                return new Expr.IntLit(neg ? -Long.parseLong(digits) : Long.parseLong(digits), sp);
            }
            return new Expr.StrLit(key, sp);
        }
        if (!key.isEmpty() && labelStart(key.charAt(0)) && key.chars().allMatch(ch -> labelChar((char) ch))) {
            return new Expr.StrLit(key, sp);
        }
        return null;
    }

    /** Handles the escape at s[i] == '\\' (on {@code line}); returns the index after it. */
    private int escape(String s, int i, char quote, StringBuilder out, int line) {
        char e = s.charAt(i + 1);
        switch (e) {
            case 'n': out.append('\n'); return i + 2;
            case 't': out.append('\t'); return i + 2;
            case 'r': out.append('\r'); return i + 2;
            case 'v': out.append('\u000b'); return i + 2;
            case 'e': out.append('\u001b'); return i + 2;
            case 'f': out.append('\f'); return i + 2;
            case '\\': out.append('\\'); return i + 2;
            case '$': out.append('$'); return i + 2;
            case 'x': {
                int j = i + 2, v = 0, k = 0;
                while (k < 2 && j < s.length() && hex(s.charAt(j)) >= 0) { v = v * 16 + hex(s.charAt(j)); j++; k++; }
                if (k == 0) { out.append("\\x"); return i + 2; }
                out.append((char) v);
                return j;
            }
            case 'u': {
                if (i + 2 < s.length() && s.charAt(i + 2) == '{') {
                    int close = s.indexOf('}', i + 3);
                    if (close > i + 3) {
                        int cp = Integer.parseInt(s.substring(i + 3, close), 16);
                        byte[] b = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                        for (byte x : b) out.append((char) (x & 0xff));
                        return close + 1;
                    }
                }
                out.append("\\u");
                return i + 2;
            }
            default:
                break;
        }
        if (e >= '0' && e <= '7') {
            int j = i + 1, v = 0, k = 0;
            while (k < 3 && j < s.length() && s.charAt(j) >= '0' && s.charAt(j) <= '7') { v = v * 8 + (s.charAt(j) - '0'); j++; k++; }
            if (v > 0xff) {
                diagnostics.add(Diagnostic.warning("Octal escape sequence overflow \\" + s.substring(i + 1, j)
                        + " is greater than \\377", line, true));
            }
            out.append((char) (v & 0xff));
            return j;
        }
        if (e == quote && quote != '\0') {
            out.append(e);
            return i + 2;
        }
        out.append('\\');
        if (e == '{') {
            out.append('{'); // "\{$x}" is a literal "\{" and a simple "$x"
            return i + 2;
        }
        return i + 1;
    }
}
