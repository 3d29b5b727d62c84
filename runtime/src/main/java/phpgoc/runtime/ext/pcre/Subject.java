package phpgoc.runtime.ext.pcre;

/**
 * A subject as the regex sees it. Byte mode matches the byte string itself (char offset = byte
 * offset); UTF-8 mode matches its decoding and maps char indexes back to byte offsets.
 */
final class Subject {
    final String bytes;
    final String text;
    private final int[] byteAt; // null in byte mode; char index -> byte offset, length text.length()+1

    private Subject(String bytes, String text, int[] byteAt) {
        this.bytes = bytes;
        this.text = text;
        this.byteAt = byteAt;
    }

    /** The subject for {@code re}, or null if a u-regex gets invalid UTF-8. */
    static Subject of(Regex re, String bytes) {
        if (!re.utf8()) return new Subject(bytes, bytes, null);
        String text = Utf8.decode(bytes);
        if (text == null) return null;
        if (text == bytes) return new Subject(bytes, text, null);
        int[] at = new int[text.length() + 1];
        int b = 0;
        for (int i = 0; i < text.length(); i++) {
            at[i] = b;
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) { b += 4; at[++i] = b - 2; } // a low surrogate is no boundary
            else b += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        }
        at[text.length()] = b;
        return new Subject(bytes, text, at);
    }

    int toByte(int charIndex) { return byteAt == null ? charIndex : byteAt[charIndex]; }

    /** The char index at byte offset {@code off}, or -1 if it falls inside a UTF-8 sequence. */
    int toChar(int off) {
        if (byteAt == null) return off;
        int i = java.util.Arrays.binarySearch(byteAt, off);
        return i < 0 || (i > 0 && byteAt[i - 1] == off) ? -1 : i;
    }

    /** The bytes between two char indexes. */
    String slice(int from, int to) { return bytes.substring(toByte(from), toByte(to)); }
}
