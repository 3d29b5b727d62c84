package phpgoc.runtime;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected argument lists are php -n 8.2's ({@code _build_trace_args}). */
class TracesTest {
    private static String arg(Object v) {
        StringBuilder sb = new StringBuilder();
        Traces.appendValue(sb, v);
        return sb.toString();
    }

    private static PhpError.TraceFrame frame(String file, int line, String fn) { return new PhpError.TraceFrame(file, line, fn); }

    @Test void appendValue_scalars() {
        assertEquals("NULL", arg(null));
        assertEquals("NULL", arg(Values.UNDEF));
        assertEquals("true", arg(true));
        assertEquals("-7", arg(-7L));
        assertEquals("1.5", arg(1.5));
        assertEquals("1.0", arg(1.0));
        assertEquals("-0.0", arg(-0.0));
        assertEquals("1.0E+100", arg(1e100));
        assertEquals("NAN", arg(Double.NaN));
        assertEquals("Array", arg(new PhpArray()));
        assertEquals("5", arg(new Ref(5L)));
    }

    @Test void appendValue_stringsEscapedAndCutAt15Bytes() {
        assertEquals("'short'", arg("short"));
        assertEquals("'a string that i...'", arg("a string that is long"));
        assertEquals("'new\\nline\\t\\x01\\x80 \\xC3\\xA9 ...'", arg("new\nline\t\u0001\u0080 \u00c3\u00a9 long string"));
        assertEquals("'\\\\ and \\e'", arg("\\ and \u001b"));
    }

    @Test void userFrame_passedArgumentsOnly() {
        ParamInfo[] ps = {new ParamInfo("a", false, false, false), new ParamInfo("b", false, false, true),
            new ParamInfo("c", false, false, true)};
        PhpError e = new PhpError("Error", "x");
        Traces.userFrame(e, "f", ps, new Object[] {1L, 2L, 3L}, 0b110, false);
        Traces.userFrame(e, "f", ps, new Object[] {1L, 2L, 9L}, 0b010, false);
        List<PhpError.TraceFrame> out = Traces.frames(List.of(frame("/a.php", 3, "f"), frame("/a.php", 9, "f")), recordsOf(e));
        assertEquals(List.of(frame("/a.php", 3, "f(1)"), frame("/a.php", 9, "f(1, 2, 9)")), out);
    }

    @Test void frames_builtinCallbackIsInternal() {
        PhpError e = new PhpError("Error", "x");
        Traces.builtinFrame(e, "intdiv", new Object[] {5L, 0L}, "/a.php", 3);
        ParamInfo[] ps = {new ParamInfo("x", false, false, false)};
        Traces.userFrame(e, "{closure}", ps, new Object[] {5L}, 0, false);
        Traces.builtinFrame(e, "array_map", new Object[] {new PhpArray(), Values.UNDEF, new Object[0]}, "/a.php", 3);
        List<PhpError.TraceFrame> out = Traces.frames(List.of(frame("/a.php", 3, "{closure}")), recordsOf(e));
        assertEquals(List.of(frame("/a.php", 3, "intdiv(5, 0)"), frame(null, 0, "{closure}(5)"),
                frame("/a.php", 3, "array_map(Array)")), out);
    }

    @Test void frames_unrecordedFrameKeepsItsName() {
        List<PhpError.TraceFrame> captured = List.of(frame("/a.php", 2, "g"), frame("/a.php", 5, "f"));
        PhpError e = new PhpError("Error", "x");
        Traces.userFrame(e, "f", new ParamInfo[0], new Object[0], 0, false);
        assertEquals(List.of(frame("/a.php", 2, "g"), frame("/a.php", 5, "f()")), Traces.frames(captured, recordsOf(e)));
    }

    private static List<Traces.Record> recordsOf(PhpError e) { return e.records(); }
}
