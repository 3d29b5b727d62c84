package phpgoc.runtime;

import java.nio.charset.StandardCharsets;

/**
 * The result of {@code .=}: an immutable view (buffer, length) on a growable byte buffer shared by
 * the views appended from it. Appending to the view whose length is the buffer's used length writes
 * in place; any other view copies first. So {@code $s .= $x} is amortised O(1) and older values
 * stay unchanged.
 *
 * <p>Invariant: bytes {@code [0, len)} of the buffer never change once a view of length
 * {@code len} exists, because writes only happen at {@code [used, ...)} and {@code len <= used}.
 */
public final class ConcatString implements CharSequence {
    /** The growable buffer; {@code used} bytes are owned by views. */
    private static final class Buf {
        byte[] data;
        int used;

        Buf(int cap) { data = new byte[cap]; }
    }

    private final Buf buf;
    private final int len;
    private String str;

    private ConcatString(Buf buf, int len) {
        this.buf = buf;
        this.len = len;
    }

    /** A view holding the bytes of s (chars 0..255), with room to grow. */
    public static ConcatString of(String s) {
        int n = s.length();
        Buf b = new Buf(Math.max(16, n * 2));
        writeBytes(s, b.data, 0);
        b.used = n;
        ConcatString c = new ConcatString(b, n);
        c.str = s;
        return c;
    }

    /** This string followed by s, in place when this view is the buffer's newest. */
    public ConcatString append(String s) {
        int n = s.length();
        if (n == 0) return this;
        Buf b = room(n);
        writeBytes(s, b.data, len);
        return grown(b, n);
    }

    /** This string followed by other (whose bytes are copied directly: its range never changes). */
    public ConcatString append(ConcatString other) {
        int n = other.len;
        if (n == 0) return this;
        Buf b = room(n);
        System.arraycopy(other.buf.data, 0, b.data, len, n);
        return grown(b, n);
    }

    /** This string followed by the decimal digits of v (php's int to string), without a temporary String. */
    public ConcatString append(long v) {
        if (v == Long.MIN_VALUE) return append(Long.toString(v));
        boolean neg = v < 0;
        long u = neg ? -v : v;
        int n = neg ? 2 : 1;
        for (long t = u; t >= 10; t /= 10) n++;
        Buf b = room(n);
        byte[] d = b.data;
        int i = len + n;
        do {
            d[--i] = (byte) ('0' + (int) (u % 10));
            u /= 10;
        } while (u != 0);
        if (neg) d[--i] = '-';
        return grown(b, n);
    }

    /**
     * The buffer to write n more bytes into at offset {@code len}: this view's own (grown if needed)
     * when this view is the newest, else a new buffer holding a copy of this view's bytes.
     */
    private Buf room(int n) {
        Buf b = buf;
        int newLen = len + n;
        if (newLen < 0) throw new OutOfMemoryError("string too long");
        if (len == b.used) {
            if (newLen > b.data.length) b.data = java.util.Arrays.copyOf(b.data, Math.max(newLen, b.data.length * 2));
            return b;
        }
        Buf nb = new Buf(Math.max(16, newLen * 2));
        System.arraycopy(b.data, 0, nb.data, 0, len);
        return nb;
    }

    /** The view of n more bytes just written into b. */
    private ConcatString grown(Buf b, int n) {
        int newLen = len + n;
        b.used = newLen;
        return new ConcatString(b, newLen);
    }

    /** Writes this string's bytes to out without making a String. */
    public void writeTo(Output out) {
        if (str != null) out.write(str);
        else out.write(buf.data, 0, len);
    }

    @SuppressWarnings("deprecation")
    private static void writeBytes(String s, byte[] dst, int off) {
        s.getBytes(0, s.length(), dst, off);
    }

    @Override public int length() { return len; }

    @Override public char charAt(int index) {
        if (index < 0 || index >= len) throw new StringIndexOutOfBoundsException(index);
        return (char) (buf.data[index] & 0xFF);
    }

    @Override public CharSequence subSequence(int start, int end) { return toString().substring(start, end); }

    @Override public String toString() {
        String s = str;
        if (s == null) str = s = new String(buf.data, 0, len, StandardCharsets.ISO_8859_1);
        return s;
    }

    @Override public boolean isEmpty() { return len == 0; }
}
