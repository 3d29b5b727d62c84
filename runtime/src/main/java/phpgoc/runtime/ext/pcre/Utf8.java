package phpgoc.runtime.ext.pcre;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** UTF-8 between PHP byte strings (chars 0..255) and Java strings, for the u modifier. */
final class Utf8 {
    private Utf8() {}

    /** The UTF-8 decoding of byte string {@code s}, or null if it is not valid UTF-8. */
    static String decode(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) ascii = s.charAt(i) < 0x80;
        if (ascii) return s;
        try {
            CharBuffer cb = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(s.getBytes(StandardCharsets.ISO_8859_1)));
            return cb.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** A u-pattern's body decoded, or PCRE's UTF-8 error. */
    static String decodePattern(String body) throws PatternTranslator.Failure {
        String d = decode(body);
        if (d != null) return d;
        for (int i = 0; i < body.length(); i++) {
            int b = body.charAt(i);
            if (b < 0x80) continue;
            String why;
            if (b >= 0xFE) why = "illegal byte (0xfe or 0xff)";
            else if (b < 0xC0) why = "isolated byte with 0x80 bit set";
            else {
                int need = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : 1;
                int k = 1;
                while (k <= need && i + k < body.length() && (body.charAt(i + k) & 0xC0) == 0x80) k++;
                if (k > need) { i += need; continue; }
                if (i + k >= body.length()) why = (need - k + 1) + " byte" + (need - k + 1 > 1 ? "s" : "") + " missing at end";
                else why = "byte " + (k + 1) + " top bits not 0x80";
            }
            throw new PatternTranslator.Failure("Compilation failed: UTF-8 error: " + why + " at offset " + i);
        }
        throw new PatternTranslator.Failure("Compilation failed: UTF-8 error: invalid UTF-8 string at offset 0");
    }

    /** Byte string of a Java string's UTF-8 encoding. */
    static String encode(String s) {
        return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }
}
