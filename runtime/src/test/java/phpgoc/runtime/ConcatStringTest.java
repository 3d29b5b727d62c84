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

    @Test void append_millionPieces() {
        // the amortised O(1) cost is measured by bench/run string_concat, not here
        Object s = null;
        for (int i = 0; i < 1_000_000; i++) s = Concat.append(s, "ab");
        assertEquals(2_000_000, ((CharSequence) s).length());
        assertEquals('b', ((CharSequence) s).charAt(1_999_999));
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

    @Test void append_intsAsDecimal() {
        Object s = "";
        for (long v : new long[] {0, 7, -7, 10, 1234567890123L, Long.MAX_VALUE, Long.MIN_VALUE}) {
            s = Concat.append(s, v);
            s = Concat.append(s, ",");
        }
        assertEquals("0,7,-7,10,1234567890123," + Long.MAX_VALUE + "," + Long.MIN_VALUE + ",", Convert.toStr(s));
    }

    @Test void append_intToOlderViewCopies() {
        Object a = Concat.append("", "ab");
        Object b = Concat.append(a, 1L);
        Object c = Concat.append(a, 22L);
        assertEquals("ab1", Convert.toStr(b));
        assertEquals("ab22", Convert.toStr(c));
    }

    @Test void append_sharedBufferViewsOfEachOther() {
        Object a = Concat.append("", "abc");
        Object b = Concat.append(a, "def");
        Object c = Concat.append(b, a); // other is an older view of the same buffer
        assertEquals("abcdefabc", Convert.toStr(c));
        assertEquals("abcdef", Convert.toStr(b));
    }

    @Test void writeTo_writesBytes() {
        var bytes = new java.io.ByteArrayOutputStream();
        Output out = new Output(bytes);
        ((ConcatString) Concat.append("\u00e9", 5L)).writeTo(out);
        ConcatString cached = ConcatString.of("x").append("y");
        cached.toString();
        cached.writeTo(out);
        out.flushAll();
        assertArrayEquals(new byte[] {(byte) 0xe9, '5', 'x', 'y'}, bytes.toByteArray());
    }

    @Test void strlen_readsLengthWithoutCopy() {
        Object s = Concat.append(Concat.append("", "ab"), 12L);
        assertEquals(4L, phpgoc.runtime.ext.standard.Strings.strlen(s));
        assertEquals(4L, phpgoc.runtime.ext.standard.Strings.strlen(new Ref(s)));
        assertEquals(3L, phpgoc.runtime.ext.standard.Strings.strlen("abc"));
    }
}
