package phpgoc.runtime.ext.hash;

import java.io.ByteArrayOutputStream;

/**
 * More of php's hash algorithms, written out: md4 (RFC 1320) and the non-cryptographic murmur3a
 * (MurmurHash3 x86 32-bit), xxh32 and xxh64, with php's default seed 0 (the "seed" option is not
 * read). They buffer their input and compute the digest at the end.
 */
final class MoreAlgos {
    private MoreAlgos() {}

    /** An engine that keeps the bytes and hashes them all in {@link #compute}. */
    abstract static class Buffered implements Algos.Engine {
        final ByteArrayOutputStream seen = new ByteArrayOutputStream();

        public void update(byte[] b, int off, int len) { seen.write(b, off, len); }

        public byte[] digest() { return compute(seen.toByteArray()); }

        abstract byte[] compute(byte[] d);

        abstract Buffered fresh();

        public Algos.Engine copy() {
            Buffered c = fresh();
            byte[] b = seen.toByteArray();
            c.update(b, 0, b.length);
            return c;
        }
    }

    static int le32(byte[] d, int i) {
        return (d[i] & 0xff) | (d[i + 1] & 0xff) << 8 | (d[i + 2] & 0xff) << 16 | (d[i + 3] & 0xff) << 24;
    }

    static long le64(byte[] d, int i) { return (le32(d, i) & 0xFFFFFFFFL) | (long) le32(d, i + 4) << 32; }

    static byte[] be64(long v) {
        byte[] out = new byte[8];
        for (int i = 0; i < 8; i++) out[i] = (byte) (v >>> (56 - 8 * i));
        return out;
    }

    static final class Md4 extends Buffered {
        private static final int[] K2 = {0, 4, 8, 12, 1, 5, 9, 13, 2, 6, 10, 14, 3, 7, 11, 15};
        private static final int[] K3 = {0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15};

        Buffered fresh() { return new Md4(); }

        byte[] compute(byte[] d) {
            int n = d.length, padded = ((n + 8) / 64 + 1) * 64;
            byte[] m = java.util.Arrays.copyOf(d, padded);
            m[n] = (byte) 0x80;
            long bits = (long) n * 8;
            for (int i = 0; i < 8; i++) m[padded - 8 + i] = (byte) (bits >>> (8 * i));
            int[] v = {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476};
            int[] x = new int[16];
            for (int blk = 0; blk < padded; blk += 64) {
                for (int i = 0; i < 16; i++) x[i] = le32(m, blk + 4 * i);
                int[] w = v.clone();
                for (int j = 0; j < 48; j++) {
                    int r = j / 16, ia = (4 - j % 4) % 4;
                    int b = w[(ia + 1) % 4], c = w[(ia + 2) % 4], dd = w[(ia + 3) % 4];
                    int f, k, s;
                    if (r == 0) {
                        f = (b & c) | (~b & dd);
                        k = x[j];
                        s = new int[] {3, 7, 11, 19}[j % 4];
                    } else if (r == 1) {
                        f = ((b & c) | (b & dd) | (c & dd)) + 0x5A827999;
                        k = x[K2[j - 16]];
                        s = new int[] {3, 5, 9, 13}[j % 4];
                    } else {
                        f = (b ^ c ^ dd) + 0x6ED9EBA1;
                        k = x[K3[j - 32]];
                        s = new int[] {3, 9, 11, 15}[j % 4];
                    }
                    w[ia] = Integer.rotateLeft(w[ia] + f + k, s);
                }
                for (int i = 0; i < 4; i++) v[i] += w[i];
            }
            byte[] out = new byte[16];
            for (int i = 0; i < 16; i++) out[i] = (byte) (v[i / 4] >>> (8 * (i % 4)));
            return out;
        }
    }

    static final class Murmur3a extends Buffered {
        Buffered fresh() { return new Murmur3a(); }

        byte[] compute(byte[] d) {
            int h = 0, n = d.length, i = 0;
            final int c1 = 0xcc9e2d51, c2 = 0x1b873593;
            for (; i + 4 <= n; i += 4) {
                int k = le32(d, i) * c1;
                k = Integer.rotateLeft(k, 15) * c2;
                h ^= k;
                h = Integer.rotateLeft(h, 13) * 5 + 0xe6546b64;
            }
            int k = 0;
            switch (n & 3) {
                case 3:
                    k ^= (d[i + 2] & 0xff) << 16;
                case 2:
                    k ^= (d[i + 1] & 0xff) << 8;
                case 1:
                    k ^= d[i] & 0xff;
                    k *= c1;
                    k = Integer.rotateLeft(k, 15) * c2;
                    h ^= k;
                default:
            }
            h ^= n;
            h ^= h >>> 16;
            h *= 0x85ebca6b;
            h ^= h >>> 13;
            h *= 0xc2b2ae35;
            h ^= h >>> 16;
            return Algos.be32(h & 0xFFFFFFFFL);
        }
    }

    static final class Xxh32 extends Buffered {
        private static final int P1 = 0x9E3779B1, P2 = 0x85EBCA77, P3 = 0xC2B2AE3D, P4 = 0x27D4EB2F, P5 = 0x165667B1;

        Buffered fresh() { return new Xxh32(); }

        private static int round(int acc, int lane) { return Integer.rotateLeft(acc + lane * P2, 13) * P1; }

        byte[] compute(byte[] d) {
            int n = d.length, i = 0, h;
            if (n >= 16) {
                int v1 = P1 + P2, v2 = P2, v3 = 0, v4 = -P1;
                for (; i + 16 <= n; i += 16) {
                    v1 = round(v1, le32(d, i));
                    v2 = round(v2, le32(d, i + 4));
                    v3 = round(v3, le32(d, i + 8));
                    v4 = round(v4, le32(d, i + 12));
                }
                h = Integer.rotateLeft(v1, 1) + Integer.rotateLeft(v2, 7) + Integer.rotateLeft(v3, 12) + Integer.rotateLeft(v4, 18);
            } else {
                h = P5;
            }
            h += n;
            for (; i + 4 <= n; i += 4) h = Integer.rotateLeft(h + le32(d, i) * P3, 17) * P4;
            for (; i < n; i++) h = Integer.rotateLeft(h + (d[i] & 0xff) * P5, 11) * P1;
            h ^= h >>> 15;
            h *= P2;
            h ^= h >>> 13;
            h *= P3;
            h ^= h >>> 16;
            return Algos.be32(h & 0xFFFFFFFFL);
        }
    }

    static final class Xxh64 extends Buffered {
        private static final long P1 = 0x9E3779B185EBCA87L, P2 = 0xC2B2AE3D27D4EB4FL, P3 = 0x165667B19E3779F9L,
                P4 = 0x85EBCA77C2B2AE63L, P5 = 0x27D4EB2F165667C5L;

        Buffered fresh() { return new Xxh64(); }

        private static long round(long acc, long lane) { return Long.rotateLeft(acc + lane * P2, 31) * P1; }

        private static long merge(long acc, long v) { return (acc ^ round(0, v)) * P1 + P4; }

        byte[] compute(byte[] d) {
            int n = d.length, i = 0;
            long h;
            if (n >= 32) {
                long v1 = P1 + P2, v2 = P2, v3 = 0, v4 = -P1;
                for (; i + 32 <= n; i += 32) {
                    v1 = round(v1, le64(d, i));
                    v2 = round(v2, le64(d, i + 8));
                    v3 = round(v3, le64(d, i + 16));
                    v4 = round(v4, le64(d, i + 24));
                }
                h = Long.rotateLeft(v1, 1) + Long.rotateLeft(v2, 7) + Long.rotateLeft(v3, 12) + Long.rotateLeft(v4, 18);
                h = merge(h, v1);
                h = merge(h, v2);
                h = merge(h, v3);
                h = merge(h, v4);
            } else {
                h = P5;
            }
            h += n;
            for (; i + 8 <= n; i += 8) {
                h ^= round(0, le64(d, i));
                h = Long.rotateLeft(h, 27) * P1 + P4;
            }
            if (i + 4 <= n) {
                h ^= (le32(d, i) & 0xFFFFFFFFL) * P1;
                h = Long.rotateLeft(h, 23) * P2 + P3;
                i += 4;
            }
            for (; i < n; i++) {
                h ^= (d[i] & 0xff) * P5;
                h = Long.rotateLeft(h, 11) * P1;
            }
            h ^= h >>> 33;
            h *= P2;
            h ^= h >>> 29;
            h *= P3;
            h ^= h >>> 32;
            return be64(h);
        }
    }
}
