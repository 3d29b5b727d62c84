package phpgoc.runtime.ext.hash;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * bcrypt ($2y$/$2a$/$2b$, crypt_blowfish's correct 8-bit handling): Blowfish with the expensive
 * key schedule of Provos and Mazières. Blowfish's initial tables are the hex digits of pi
 * ({@code blowfish-pi.txt}, a resource next to this class).
 */
final class Bcrypt {
    private Bcrypt() {}

    static final String ALPHABET = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private static final class Pi {
        static final int[] WORDS = new int[18 + 1024];

        static {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(
                    Bcrypt.class.getResourceAsStream("blowfish-pi.txt"), StandardCharsets.US_ASCII))) {
                int n = 0;
                for (String line; (line = r.readLine()) != null; ) {
                    if (line.startsWith("#")) continue;
                    for (String w : line.trim().split(" ")) WORDS[n++] = (int) Long.parseLong(w, 16);
                }
                if (n != WORDS.length) throw new IllegalStateException("blowfish-pi.txt: " + n + " words");
            } catch (IOException | NullPointerException e) {
                throw new IllegalStateException("blowfish-pi.txt missing from the runtime", e);
            }
        }
    }

    private final int[] p = java.util.Arrays.copyOfRange(Pi.WORDS, 0, 18);
    private final int[] s = java.util.Arrays.copyOfRange(Pi.WORDS, 18, 18 + 1024);

    private int f(int x) {
        return ((s[x >>> 24] + s[0x100 | (x >>> 16) & 0xff]) ^ s[0x200 | (x >>> 8) & 0xff]) + s[0x300 | x & 0xff];
    }

    private void encipher(int[] lr, int off) {
        int l = lr[off], r = lr[off + 1];
        l ^= p[0];
        for (int i = 1; i <= 16; i += 2) {
            r ^= f(l) ^ p[i];
            l ^= f(r) ^ p[i + 1];
        }
        lr[off] = r ^ p[17];
        lr[off + 1] = l;
    }

    /** The next 32 bits of {@code data} read cyclically from {@code pos[0]}. */
    private static int word(byte[] data, int[] pos) {
        int w = 0;
        for (int i = 0; i < 4; i++) {
            w = (w << 8) | (data[pos[0]] & 0xff);
            pos[0] = (pos[0] + 1) % data.length;
        }
        return w;
    }

    private void key(byte[] key) {
        int[] pos = {0}, lr = {0, 0};
        for (int i = 0; i < 18; i++) p[i] ^= word(key, pos);
        for (int i = 0; i < 18; i += 2) {
            encipher(lr, 0);
            p[i] = lr[0];
            p[i + 1] = lr[1];
        }
        for (int i = 0; i < 1024; i += 2) {
            encipher(lr, 0);
            s[i] = lr[0];
            s[i + 1] = lr[1];
        }
    }

    private void ekskey(byte[] salt, byte[] key) {
        int[] kpos = {0}, spos = {0}, lr = {0, 0};
        for (int i = 0; i < 18; i++) p[i] ^= word(key, kpos);
        for (int i = 0; i < 18; i += 2) {
            lr[0] ^= word(salt, spos);
            lr[1] ^= word(salt, spos);
            encipher(lr, 0);
            p[i] = lr[0];
            p[i + 1] = lr[1];
        }
        for (int i = 0; i < 1024; i += 2) {
            lr[0] ^= word(salt, spos);
            lr[1] ^= word(salt, spos);
            encipher(lr, 0);
            s[i] = lr[0];
            s[i + 1] = lr[1];
        }
    }

    /** The 23 hash bytes of {@code password} (up to 72 bytes with its NUL) for a 16-byte salt and 2^cost rounds. */
    static byte[] raw(byte[] password, byte[] salt, int cost) {
        byte[] key = java.util.Arrays.copyOf(password, java.lang.Math.min(password.length + 1, 72));
        Bcrypt b = new Bcrypt();
        b.ekskey(salt, key);
        for (long i = 0, rounds = 1L << cost; i < rounds; i++) {
            b.key(key);
            b.key(salt);
        }
        int[] c = {0x4f727068, 0x65616e42, 0x65686f6c, 0x64657253, 0x63727944, 0x6f756274}; // "OrpheanBeholderScryDoubt"
        for (int i = 0; i < 64; i++) for (int j = 0; j < 6; j += 2) b.encipher(c, j);
        byte[] out = new byte[23];
        for (int i = 0; i < 23; i++) out[i] = (byte) (c[i / 4] >>> (24 - 8 * (i % 4)));
        return out;
    }

    static String encode(byte[] d, int len) {
        StringBuilder sb = new StringBuilder();
        int off = 0;
        while (off < len) {
            int c1 = d[off++] & 0xff;
            sb.append(ALPHABET.charAt(c1 >> 2));
            c1 = (c1 & 0x03) << 4;
            if (off >= len) {
                sb.append(ALPHABET.charAt(c1));
                break;
            }
            int c2 = d[off++] & 0xff;
            c1 |= c2 >> 4;
            sb.append(ALPHABET.charAt(c1));
            c1 = (c2 & 0x0f) << 2;
            if (off >= len) {
                sb.append(ALPHABET.charAt(c1));
                break;
            }
            c2 = d[off++] & 0xff;
            c1 |= c2 >> 6;
            sb.append(ALPHABET.charAt(c1));
            sb.append(ALPHABET.charAt(c2 & 0x3f));
        }
        return sb.toString();
    }

    /** The 16 salt bytes of 22 bcrypt-base64 characters, or null if one is not in the alphabet. */
    static byte[] decodeSalt(String s) {
        byte[] out = new byte[16];
        int o = 0, i = 0;
        while (o < 16) {
            int c1 = ALPHABET.indexOf(s.charAt(i++)), c2 = ALPHABET.indexOf(s.charAt(i++));
            if (c1 < 0 || c2 < 0) return null;
            out[o++] = (byte) (c1 << 2 | (c2 & 0x30) >> 4);
            if (o >= 16) break;
            int c3 = ALPHABET.indexOf(s.charAt(i++));
            if (c3 < 0) return null;
            out[o++] = (byte) ((c2 & 0x0f) << 4 | (c3 & 0x3c) >> 2);
            int c4 = ALPHABET.indexOf(s.charAt(i++));
            if (c4 < 0) return null;
            out[o++] = (byte) ((c3 & 0x03) << 6 | c4);
        }
        return out;
    }

    /** crypt() of {@code password} with the bcrypt setting {@code setting} ($2y$NN$ + 22 salt chars ...), or null if it is not one. */
    static String crypt(byte[] password, String setting) {
        if (setting.length() < 29 || setting.charAt(0) != '$' || setting.charAt(1) != '2' || setting.charAt(3) != '$'
                || "aby".indexOf(setting.charAt(2)) < 0 || setting.charAt(6) != '$') {
            return null;
        }
        char d1 = setting.charAt(4), d2 = setting.charAt(5);
        if (d1 < '0' || d1 > '3' || d2 < '0' || d2 > '9') return null;
        int cost = (d1 - '0') * 10 + (d2 - '0');
        if (cost < 4 || cost > 31) return null;
        byte[] salt = decodeSalt(setting.substring(7, 29));
        if (salt == null) return null;
        return setting.substring(0, 7) + encode(salt, 16) + encode(raw(password, salt, cost), 23);
    }
}
