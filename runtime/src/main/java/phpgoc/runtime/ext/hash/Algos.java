package phpgoc.runtime.ext.hash;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.zip.Checksum;

/**
 * The hashing algorithms phpgoc has, in php's hash_algos() order: the JDK's message digests,
 * php's non-cryptographic checksums (adler32, the crc32s, fnv, joaat) written out here, and
 * md4, murmur3a, xxh32, xxh64 ({@link MoreAlgos}). php's ripemd, whirlpool, tiger, snefru, gost,
 * murmur3c/3f, xxh3, xxh128 and haval are not provided.
 */
final class Algos {
    private Algos() {}

    /** A running hash. */
    interface Engine {
        void update(byte[] b, int off, int len);

        byte[] digest();

        Engine copy();
    }

    /** An algorithm: its name, block size (for HMAC), and whether it is cryptographic. */
    record Algo(String name, int blockSize, boolean crypto, java.util.function.Supplier<Engine> create) {
        Engine engine() { return create.get(); }
    }

    private static final Map<String, Algo> ALGOS = new LinkedHashMap<>();

    static {
        jdk("md2", "MD2", 16);
        ALGOS.put("md4", new Algo("md4", 64, true, MoreAlgos.Md4::new));
        jdk("md5", "MD5", 64);
        jdk("sha1", "SHA-1", 64);
        jdk("sha224", "SHA-224", 64);
        jdk("sha256", "SHA-256", 64);
        jdk("sha384", "SHA-384", 128);
        jdk("sha512/224", "SHA-512/224", 128);
        jdk("sha512/256", "SHA-512/256", 128);
        jdk("sha512", "SHA-512", 128);
        jdk("sha3-224", "SHA3-224", 144);
        jdk("sha3-256", "SHA3-256", 136);
        jdk("sha3-384", "SHA3-384", 104);
        jdk("sha3-512", "SHA3-512", 72);
        checksum("adler32", Adler32::new);
        ALGOS.put("crc32", new Algo("crc32", 4, false, Bzip2Crc::new));
        checksum("crc32b", CRC32::new);
        checksum("crc32c", CRC32C::new);
        ALGOS.put("fnv132", new Algo("fnv132", 4, false, () -> new Fnv(false, false)));
        ALGOS.put("fnv1a32", new Algo("fnv1a32", 4, false, () -> new Fnv(false, true)));
        ALGOS.put("fnv164", new Algo("fnv164", 8, false, () -> new Fnv(true, false)));
        ALGOS.put("fnv1a64", new Algo("fnv1a64", 8, false, () -> new Fnv(true, true)));
        ALGOS.put("joaat", new Algo("joaat", 4, false, Joaat::new));
        ALGOS.put("murmur3a", new Algo("murmur3a", 4, false, MoreAlgos.Murmur3a::new));
        ALGOS.put("xxh32", new Algo("xxh32", 16, false, MoreAlgos.Xxh32::new));
        ALGOS.put("xxh64", new Algo("xxh64", 32, false, MoreAlgos.Xxh64::new));
    }

    /** The algorithm named {@code name} (any case), or null. */
    static Algo find(String name) { return ALGOS.get(name.toLowerCase(Locale.ROOT)); }

    static Iterable<Algo> all() { return ALGOS.values(); }

    private static void jdk(String name, String jdkName, int block) {
        try {
            MessageDigest.getInstance(jdkName);
        } catch (NoSuchAlgorithmException e) {
            return; // a JDK without it: php's name is simply unknown
        }
        ALGOS.put(name, new Algo(name, block, true, () -> new Jdk(newDigest(jdkName))));
    }

    private static MessageDigest newDigest(String jdkName) {
        try {
            return MessageDigest.getInstance(jdkName);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Jdk(MessageDigest md) implements Engine {
        public void update(byte[] b, int off, int len) { md.update(b, off, len); }

        public byte[] digest() { return md.digest(); }

        public Engine copy() {
            try {
                return new Jdk((MessageDigest) md.clone());
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static void checksum(String name, java.util.function.Supplier<Checksum> create) {
        ALGOS.put(name, new Algo(name, 4, false, () -> new Sum(create, create.get(), new java.io.ByteArrayOutputStream())));
    }

    /** A java.util.zip checksum, big-endian; copies replay the bytes seen (these classes cannot be cloned). */
    private record Sum(java.util.function.Supplier<Checksum> create, Checksum sum, java.io.ByteArrayOutputStream seen)
            implements Engine {
        public void update(byte[] b, int off, int len) {
            sum.update(b, off, len);
            seen.write(b, off, len);
        }

        public byte[] digest() { return be32(sum.getValue()); }

        public Engine copy() {
            Sum c = new Sum(create, create.get(), new java.io.ByteArrayOutputStream());
            byte[] b = seen.toByteArray();
            c.update(b, 0, b.length);
            return c;
        }
    }

    static byte[] be32(long v) { return new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v}; }

    /** php's "crc32": the BZIP2 CRC (MSB first), its digest in little-endian byte order. */
    private static final class Bzip2Crc implements Engine {
        private static final int[] TABLE = new int[256];

        static {
            for (int i = 0; i < 256; i++) {
                int c = i << 24;
                for (int k = 0; k < 8; k++) c = (c & 0x80000000) != 0 ? (c << 1) ^ 0x04C11DB7 : c << 1;
                TABLE[i] = c;
            }
        }

        int state = ~0;

        public void update(byte[] b, int off, int len) {
            for (int i = off; i < off + len; i++) state = (state << 8) ^ TABLE[((state >>> 24) ^ b[i]) & 0xFF];
        }

        public byte[] digest() {
            int s = ~state;
            return new byte[] {(byte) s, (byte) (s >>> 8), (byte) (s >>> 16), (byte) (s >>> 24)};
        }

        public Engine copy() {
            Bzip2Crc c = new Bzip2Crc();
            c.state = state;
            return c;
        }
    }

    /** FNV-1 and FNV-1a, 32 and 64 bits, big-endian. */
    private static final class Fnv implements Engine {
        final boolean wide, alt;
        long h;

        Fnv(boolean wide, boolean alt) {
            this.wide = wide;
            this.alt = alt;
            h = wide ? 0xcbf29ce484222325L : 0x811c9dc5L;
        }

        public void update(byte[] b, int off, int len) {
            for (int i = off; i < off + len; i++) {
                long c = b[i] & 0xFF;
                if (alt) h ^= c;
                h = wide ? h * 0x100000001b3L : (h * 0x01000193L) & 0xFFFFFFFFL;
                if (!alt) h ^= c;
            }
        }

        public byte[] digest() {
            if (!wide) return be32(h);
            byte[] out = new byte[8];
            for (int i = 0; i < 8; i++) out[i] = (byte) (h >>> (56 - 8 * i));
            return out;
        }

        public Engine copy() {
            Fnv c = new Fnv(wide, alt);
            c.h = h;
            return c;
        }
    }

    /** Bob Jenkins' one-at-a-time hash, big-endian. */
    private static final class Joaat implements Engine {
        int h;

        public void update(byte[] b, int off, int len) {
            for (int i = off; i < off + len; i++) {
                h += b[i] & 0xFF;
                h += h << 10;
                h ^= h >>> 6;
            }
        }

        public byte[] digest() {
            int x = h;
            x += x << 3;
            x ^= x >>> 11;
            x += x << 15;
            return be32(x & 0xFFFFFFFFL);
        }

        public Engine copy() {
            Joaat c = new Joaat();
            c.h = h;
            return c;
        }
    }
}
