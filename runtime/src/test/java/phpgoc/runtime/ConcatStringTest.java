package phpgoc.runtime;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class ConcatStringTest {
    @Test void append_aliasedValueStaysIntact() {
        Object a = Concat.append("", "x");   // $a .= "x"
        Object b = a;                        // $b = $a
        a = Concat.append(a, "y");           // $a .= "y"
        assertEquals("x", Convert.toStr(b));
        assertEquals("xy", Convert.toStr(a));
        b = Concat.append(b, "z");           // $b .= "z" must copy, not overwrite "y"
        assertEquals("xz", Convert.toStr(b));
        assertEquals("xy", Convert.toStr(a));
        a = Concat.append(a, "w");
        assertEquals("xyw", Convert.toStr(a));
        assertEquals("xz", Convert.toStr(b));
    }

    @Test void append_amortisedGrowth() {
        Object s = null;
        long t0 = System.nanoTime();
        for (int i = 0; i < 1_000_000; i++) s = Concat.append(s, "ab");
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(2_000_000, ((CharSequence) s).length());
        assertEquals('b', ((CharSequence) s).charAt(1_999_999));
        assertTrue(ms < 2000, "took " + ms + " ms");
    }

    @Test void append_convertsOperands() {
        assertEquals("a1", Convert.toStr(Concat.append("a", 1L)));
        assertEquals("1.5", Convert.toStr(Concat.append(Values.UNDEF, 1.5)));
        assertEquals("1", Convert.toStr(Concat.append(null, true)));
        Object c = Concat.append("x", "y");
        assertEquals("xyxy", Convert.toStr(Concat.append(c, c)));
    }

    @Test void bytes_preservedAsLatin1() {
        Object s = Concat.append("\u00e9", "\u00ff\u0000");
        assertEquals("\u00e9\u00ff\u0000", Convert.toStr(s));
        assertEquals(3, ((CharSequence) s).length());
        assertEquals('\u00ff', ((CharSequence) s).charAt(1));
    }

    @Test void toString_cachedAndSubSequence() {
        ConcatString c = ConcatString.of("hello").append(" world");
        assertSame(c.toString(), c.toString());
        assertEquals("lo w", c.subSequence(3, 7).toString());
    }

    @Test void concat_parts() {
        assertEquals("a1b", Concat.concat(new Object[] {"a", 1L, "b"}));
        assertEquals("x0.1", Concat.concat("x", 0.1));
        assertEquals("", Concat.concat(null, false));
    }
}
