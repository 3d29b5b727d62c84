package phpgoc.tests;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.opentest4j.AssertionFailedError;

/**
 * Compares a run's stdout and exit code with a case's golden, byte for byte, after writing the
 * case's absolute directory as {@code %DIR%} (as {@code regen-goldens} does). On a mismatch the
 * message names the first differing line, shows it expected vs actual with non-printable bytes
 * escaped, and a few lines of context.
 */
final class GoldenAssert {
    private static final int CONTEXT_LINES = 3;

    private GoldenAssert() {}

    /** Replaces every occurrence of the case's directory (as UTF-8 bytes) with {@code %DIR%}. */
    static byte[] normalize(byte[] stdout, GoldenCase c) {
        // ISO-8859-1 maps bytes 1:1 to chars, so a string replace is a byte replace.
        String dir = new String(c.dir().toString().getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        String out = new String(stdout, StandardCharsets.ISO_8859_1);
        return out.replace(dir, "%DIR%").getBytes(StandardCharsets.ISO_8859_1);
    }

    /**
     * Fails unless {@code rawStdout} (before %DIR% replacement) and {@code exitCode} match the golden.
     *
     * @param mode how the case was run, for the message ("in-process", "bin/phpgoc run", ...)
     * @param extra appended to the failure message (e.g. the process's stderr), may be empty
     */
    static void assertMatches(GoldenCase c, String mode, byte[] rawStdout, int exitCode, String extra) {
        byte[] expected = c.expectedOut();
        byte[] actual = normalize(rawStdout, c);
        int expectedExit = c.expectedExit();
        boolean outOk = Arrays.equals(expected, actual);
        if (outOk && exitCode == expectedExit) {
            return;
        }
        StringBuilder msg = new StringBuilder();
        msg.append(c.name()).append(" [").append(mode).append("]");
        if (exitCode != expectedExit) {
            msg.append(": exit code ").append(exitCode).append(", expected ").append(expectedExit);
        }
        if (!outOk) {
            msg.append('\n').append(describeDiff(expected, actual));
        }
        if (extra != null && !extra.isEmpty()) {
            msg.append('\n').append(extra);
        }
        String exp = new String(expected, StandardCharsets.ISO_8859_1);
        String act = new String(actual, StandardCharsets.ISO_8859_1);
        throw new AssertionFailedError(msg.toString(), exp, act);
    }

    /** A readable description of where two outputs first differ. */
    static String describeDiff(byte[] expected, byte[] actual) {
        String[] exp = lines(expected);
        String[] act = lines(actual);
        int n = Math.min(exp.length, act.length);
        int line = 0;
        while (line < n && exp[line].equals(act[line])) {
            line++;
        }
        StringBuilder sb = new StringBuilder();
        sb.append("stdout differs (expected ").append(expected.length).append(" bytes, ")
                .append(exp.length).append(" lines; got ").append(actual.length).append(" bytes, ")
                .append(act.length).append(" lines)\n");
        if (line == n && exp.length == act.length) {
            // Same lines: only the final newline differs.
            sb.append("  only the trailing newline differs: expected output ")
                    .append(endsWithNewline(expected) ? "ends" : "does not end")
                    .append(" with \\n, actual ")
                    .append(endsWithNewline(actual) ? "ends" : "does not end").append(" with \\n");
            return sb.toString();
        }
        sb.append("  first difference at line ").append(line + 1).append(":\n");
        for (int i = Math.max(0, line - CONTEXT_LINES); i < line; i++) {
            sb.append("    ").append(String.format("%4d", i + 1)).append("   ").append(escape(exp[i])).append('\n');
        }
        sb.append("  expected ").append(line < exp.length ? "|" + escape(exp[line]) + "|" : "<end of output>").append('\n');
        sb.append("  actual   ").append(line < act.length ? "|" + escape(act[line]) + "|" : "<end of output>").append('\n');
        if (line < exp.length && line < act.length) {
            int col = firstDifference(exp[line], act[line]);
            sb.append("  (first differing byte at column ").append(col + 1).append(")\n");
        }
        for (int i = line + 1; i < Math.min(act.length, line + 1 + CONTEXT_LINES); i++) {
            sb.append("  actual+").append(i - line).append(" |").append(escape(act[i])).append("|\n");
        }
        return sb.toString();
    }

    private static int firstDifference(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    private static boolean endsWithNewline(byte[] b) {
        return b.length > 0 && b[b.length - 1] == '\n';
    }

    /** Splits on \n; a trailing \n does not make an extra empty line. */
    private static String[] lines(byte[] bytes) {
        String s = new String(bytes, StandardCharsets.ISO_8859_1);
        if (s.isEmpty()) {
            return new String[0];
        }
        if (s.endsWith("\n")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.split("\n", -1);
    }

    /** Printable ASCII as is; \t \r \0 \\ as escapes; every other byte as \xNN. */
    static String escape(String line) {
        StringBuilder sb = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            switch (ch) {
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                case '\0' -> sb.append("\\0");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (ch >= 0x20 && ch < 0x7f) {
                        sb.append(ch);
                    } else {
                        sb.append(String.format("\\x%02X", (int) ch));
                    }
                }
            }
        }
        return sb.toString();
    }
}
