package phpgoc.runtime.ext.hash;

import phpgoc.runtime.Args;
import phpgoc.runtime.Context;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.PhpError;
import phpgoc.runtime.PhpObject;
import phpgoc.runtime.Values;
import phpgoc.runtime.ext.standard.Files;

/** php's hash extension (ext/hash/hash.c) over {@link Algos}. Strings hold one byte per char. */
public final class Hash {
    private Hash() {}

    static byte[] bytes(String s) { return phpgoc.runtime.ext.standard.Encodings.bytes(s); }
    static String string(byte[] b) { return phpgoc.runtime.ext.standard.Encodings.string(b); }
    static String hex(byte[] b) { return phpgoc.runtime.ext.standard.Encodings.hex(b); }

    private static String out(byte[] d, boolean binary) { return binary ? string(d) : hex(d); }

    private static boolean flag(Object v, String fn, int n, String param) {
        return v != Values.UNDEF && v != null && Args.toBool(v, fn, n, param);
    }

    static PhpError valueError(String fn, int n, String param, String what) {
        return new PhpError("ValueError", fn + "(): Argument #" + n + " ($" + param + ") " + what);
    }

    /** Any algorithm, else php's ValueError. */
    static Algos.Algo algo(Object v, String fn) {
        Algos.Algo a = Algos.find(Args.str(v, fn, 1, "algo"));
        if (a == null) throw valueError(fn, 1, "algo", "must be a valid hashing algorithm");
        return a;
    }

    /** A cryptographic algorithm (HMAC, PBKDF2, HKDF), else php's ValueError. */
    static Algos.Algo cryptoAlgo(Object v, String fn) {
        Algos.Algo a = Algos.find(Args.str(v, fn, 1, "algo"));
        if (a == null || !a.crypto()) throw valueError(fn, 1, "algo", "must be a valid cryptographic hashing algorithm");
        return a;
    }

    static byte[] digest(Algos.Algo a, byte[] data) {
        Algos.Engine e = a.engine();
        e.update(data, 0, data.length);
        return e.digest();
    }

    // ---- one-shot

    public static String hash(Object algo, Object data) { return hash(algo, data, false, null); }
    public static String hash(Object algo, Object data, Object binary) { return hash(algo, data, binary, null); }

    public static String hash(Object algo, Object data, Object binary, Object options) {
        Algos.Algo a = algo(algo, "hash");
        String d = Args.str(data, "hash", 2, "data");
        boolean bin = flag(binary, "hash", 3, "binary");
        if (options != null && options != Values.UNDEF) Args.array(options, "hash", 4, "options");
        return out(digest(a, bytes(d)), bin);
    }

    public static Object hash_file(Context ctx, Object algo, Object filename) { return hash_file(ctx, algo, filename, false, null); }
    public static Object hash_file(Context ctx, Object algo, Object filename, Object binary) {
        return hash_file(ctx, algo, filename, binary, null);
    }

    public static Object hash_file(Context ctx, Object algo, Object filename, Object binary, Object options) {
        Algos.Algo a = algo(algo, "hash_file");
        String f = Args.str(filename, "hash_file", 2, "filename");
        boolean bin = flag(binary, "hash_file", 3, "binary");
        String data = Files.readAll(ctx, "hash_file", f);
        return data == null ? Boolean.FALSE : out(digest(a, bytes(data)), bin);
    }

    public static Object md5_file(Context ctx, Object filename) { return md5_file(ctx, filename, false); }

    public static Object md5_file(Context ctx, Object filename, Object binary) {
        String f = Args.str(filename, "md5_file", 1, "filename");
        boolean bin = flag(binary, "md5_file", 2, "binary");
        String data = Files.readAll(ctx, "md5_file", f);
        return data == null ? Boolean.FALSE : out(digest(Algos.find("md5"), bytes(data)), bin);
    }

    public static Object sha1_file(Context ctx, Object filename) { return sha1_file(ctx, filename, false); }

    public static Object sha1_file(Context ctx, Object filename, Object binary) {
        String f = Args.str(filename, "sha1_file", 1, "filename");
        boolean bin = flag(binary, "sha1_file", 2, "binary");
        String data = Files.readAll(ctx, "sha1_file", f);
        return data == null ? Boolean.FALSE : out(digest(Algos.find("sha1"), bytes(data)), bin);
    }

    // ---- HMAC

    /** HMAC over {@code a} with {@code key}: an engine already fed the inner pad. */
    static final class Hmac implements Algos.Engine {
        final Algos.Algo a;
        final byte[] key; // block-size key
        final Algos.Engine inner;

        Hmac(Algos.Algo a, byte[] rawKey) {
            this.a = a;
            byte[] k = rawKey.length > a.blockSize() ? Hash.digest(a, rawKey) : rawKey;
            key = java.util.Arrays.copyOf(k, a.blockSize());
            inner = a.engine();
            byte[] ipad = new byte[key.length];
            for (int i = 0; i < key.length; i++) ipad[i] = (byte) (key[i] ^ 0x36);
            inner.update(ipad, 0, ipad.length);
        }

        private Hmac(Algos.Algo a, byte[] key, Algos.Engine inner) {
            this.a = a;
            this.key = key;
            this.inner = inner;
        }

        public void update(byte[] b, int off, int len) { inner.update(b, off, len); }

        public byte[] digest() {
            byte[] in = inner.digest();
            Algos.Engine outer = a.engine();
            byte[] opad = new byte[key.length];
            for (int i = 0; i < key.length; i++) opad[i] = (byte) (key[i] ^ 0x5c);
            outer.update(opad, 0, opad.length);
            outer.update(in, 0, in.length);
            return outer.digest();
        }

        public Algos.Engine copy() { return new Hmac(a, key, inner.copy()); }
    }

    static byte[] hmac(Algos.Algo a, byte[] key, byte[] data) {
        Hmac h = new Hmac(a, key);
        h.update(data, 0, data.length);
        return h.digest();
    }

    public static String hash_hmac(Object algo, Object data, Object key) { return hash_hmac(algo, data, key, false); }

    public static String hash_hmac(Object algo, Object data, Object key, Object binary) {
        Algos.Algo a = cryptoAlgo(algo, "hash_hmac");
        String d = Args.str(data, "hash_hmac", 2, "data");
        String k = Args.str(key, "hash_hmac", 3, "key");
        return out(hmac(a, bytes(k), bytes(d)), flag(binary, "hash_hmac", 4, "binary"));
    }

    public static Object hash_hmac_file(Context ctx, Object algo, Object filename, Object key) {
        return hash_hmac_file(ctx, algo, filename, key, false);
    }

    public static Object hash_hmac_file(Context ctx, Object algo, Object filename, Object key, Object binary) {
        Algos.Algo a = cryptoAlgo(algo, "hash_hmac_file");
        String f = Args.str(filename, "hash_hmac_file", 2, "filename");
        String k = Args.str(key, "hash_hmac_file", 3, "key");
        boolean bin = flag(binary, "hash_hmac_file", 4, "binary");
        String data = Files.readAll(ctx, "hash_hmac_file", f);
        return data == null ? Boolean.FALSE : out(hmac(a, bytes(k), bytes(data)), bin);
    }

    public static PhpArray hash_algos() {
        PhpArray out = new PhpArray();
        for (Algos.Algo a : Algos.all()) out.append(a.name());
        return out;
    }

    public static PhpArray hash_hmac_algos() {
        PhpArray out = new PhpArray();
        for (Algos.Algo a : Algos.all()) if (a.crypto()) out.append(a.name());
        return out;
    }

    /** Timing-safe comparison; both arguments must be strings (no coercion, as php). */
    public static boolean hash_equals(Object known_string, Object user_string) {
        if (!Values.isString(known_string)) throw Args.typeError("hash_equals", 1, "known_string", "string", known_string);
        if (!Values.isString(user_string)) throw Args.typeError("hash_equals", 2, "user_string", "string", user_string);
        byte[] a = bytes(phpgoc.runtime.Convert.toStr(known_string)), b = bytes(phpgoc.runtime.Convert.toStr(user_string));
        return java.security.MessageDigest.isEqual(a, b);
    }

    // ---- key derivation

    public static String hash_pbkdf2(Object algo, Object password, Object salt, Object iterations) {
        return hash_pbkdf2(algo, password, salt, iterations, 0L, false, null);
    }
    public static String hash_pbkdf2(Object algo, Object password, Object salt, Object iterations, Object length) {
        return hash_pbkdf2(algo, password, salt, iterations, length, false, null);
    }
    public static String hash_pbkdf2(Object algo, Object password, Object salt, Object iterations, Object length, Object binary) {
        return hash_pbkdf2(algo, password, salt, iterations, length, binary, null);
    }

    public static String hash_pbkdf2(Object algo, Object password, Object salt, Object iterations, Object length,
            Object binary, Object options) {
        String fn = "hash_pbkdf2";
        Algos.Algo a = cryptoAlgo(algo, fn);
        byte[] pw = bytes(Args.str(password, fn, 2, "password"));
        byte[] s = bytes(Args.str(salt, fn, 3, "salt"));
        long iter = Args.toInt(iterations, fn, 4, "iterations");
        long len = length == Values.UNDEF ? 0 : Args.toInt(length, fn, 5, "length");
        boolean bin = flag(binary, fn, 6, "binary");
        if (iter <= 0) throw valueError(fn, 4, "iterations", "must be greater than 0");
        if (len < 0) throw valueError(fn, 5, "length", "must be greater than or equal to 0");
        int dsize = digest(a, new byte[0]).length;
        if (len == 0) len = bin ? dsize : dsize * 2L;
        long want = bin ? len : (len + 1) / 2;
        long loops = (want + dsize - 1) / dsize;
        byte[] result = new byte[(int) (loops * dsize)];
        for (int i = 1; i <= loops; i++) {
            byte[] block = java.util.Arrays.copyOf(s, s.length + 4);
            block[s.length] = (byte) (i >>> 24);
            block[s.length + 1] = (byte) (i >>> 16);
            block[s.length + 2] = (byte) (i >>> 8);
            block[s.length + 3] = (byte) i;
            byte[] u = hmac(a, pw, block), t = u.clone();
            for (long j = 1; j < iter; j++) {
                u = hmac(a, pw, u);
                for (int k = 0; k < t.length; k++) t[k] ^= u[k];
            }
            System.arraycopy(t, 0, result, (i - 1) * dsize, dsize);
        }
        if (bin) return string(java.util.Arrays.copyOf(result, (int) len));
        return hex(java.util.Arrays.copyOf(result, (int) want)).substring(0, (int) len);
    }

    public static String hash_hkdf(Object algo, Object key) { return hash_hkdf(algo, key, 0L, "", ""); }
    public static String hash_hkdf(Object algo, Object key, Object length) { return hash_hkdf(algo, key, length, "", ""); }
    public static String hash_hkdf(Object algo, Object key, Object length, Object info) { return hash_hkdf(algo, key, length, info, ""); }

    public static String hash_hkdf(Object algo, Object key, Object length, Object info, Object salt) {
        String fn = "hash_hkdf";
        Algos.Algo a = cryptoAlgo(algo, fn);
        byte[] ikm = bytes(Args.str(key, fn, 2, "key"));
        long len = length == Values.UNDEF ? 0 : Args.toInt(length, fn, 3, "length");
        byte[] inf = info == Values.UNDEF ? new byte[0] : bytes(Args.str(info, fn, 4, "info"));
        byte[] sl = salt == Values.UNDEF ? new byte[0] : bytes(Args.str(salt, fn, 5, "salt"));
        int dsize = digest(a, new byte[0]).length;
        if (ikm.length == 0) throw valueError(fn, 2, "key", "cannot be empty");
        if (len < 0) throw valueError(fn, 3, "length", "must be greater than or equal to 0");
        if (len > dsize * 255L) throw valueError(fn, 3, "length", "must be less than or equal to " + dsize * 255);
        if (len == 0) len = dsize;
        byte[] prk = hmac(a, sl.length == 0 ? new byte[dsize] : sl, ikm);
        byte[] okm = new byte[(int) len], t = new byte[0];
        int done = 0;
        for (int i = 1; done < len; i++) {
            byte[] in = new byte[t.length + inf.length + 1];
            System.arraycopy(t, 0, in, 0, t.length);
            System.arraycopy(inf, 0, in, t.length, inf.length);
            in[in.length - 1] = (byte) i;
            t = hmac(a, prk, in);
            int n = (int) java.lang.Math.min(t.length, len - done);
            System.arraycopy(t, 0, okm, done, n);
            done += n;
        }
        return string(okm);
    }

    // ---- incremental (HashContext)

    public static PhpObject hash_init(Context ctx, Object algo) { return hash_init(ctx, algo, 0L, "", null); }
    public static PhpObject hash_init(Context ctx, Object algo, Object flags) { return hash_init(ctx, algo, flags, "", null); }
    public static PhpObject hash_init(Context ctx, Object algo, Object flags, Object key) { return hash_init(ctx, algo, flags, key, null); }

    public static PhpObject hash_init(Context ctx, Object algo, Object flags, Object key, Object options) {
        Algos.Algo a = algo(algo, "hash_init");
        long f = flags == Values.UNDEF ? 0 : Args.toInt(flags, "hash_init", 2, "flags");
        String k = key == Values.UNDEF ? "" : Args.str(key, "hash_init", 3, "key");
        Algos.Engine e;
        if ((f & 1) != 0) {
            if (!a.crypto()) throw valueError("hash_init", 1, "algo", "must be a cryptographic hashing algorithm if HMAC is requested");
            if (k.isEmpty()) throw valueError("hash_init", 3, "key", "cannot be empty when HMAC is requested");
            e = new Hmac(a, bytes(k));
        } else {
            e = a.engine();
        }
        return HashContexts.create(ctx, e);
    }

    public static boolean hash_update(Object context, Object data) {
        Algos.Engine e = HashContexts.engine(context, "hash_update");
        byte[] b = bytes(Args.str(data, "hash_update", 2, "data"));
        e.update(b, 0, b.length);
        return true;
    }

    public static Object hash_update_file(Context ctx, Object context, Object filename) {
        Algos.Engine e = HashContexts.engine(context, "hash_update_file");
        String data = Files.readAll(ctx, "hash_update_file", Args.str(filename, "hash_update_file", 2, "filename"));
        if (data == null) return Boolean.FALSE;
        byte[] b = bytes(data);
        e.update(b, 0, b.length);
        return Boolean.TRUE;
    }

    public static long hash_update_stream(Object context, Object stream) { return hash_update_stream(context, stream, -1L); }

    public static long hash_update_stream(Object context, Object stream, Object length) {
        if (!(Values.deref(stream) instanceof phpgoc.runtime.PhpResource)) {
            phpgoc.runtime.ext.standard.Streams.readArgument(stream, "hash_update_stream", 2, 0); // php's TypeError
        }
        long len = length == Values.UNDEF ? -1 : Args.toInt(length, "hash_update_stream", 3, "length");
        Algos.Engine e = HashContexts.engine(context, "hash_update_stream");
        byte[] b = bytes(phpgoc.runtime.ext.standard.Streams.readArgument(stream, "hash_update_stream", 2, len));
        e.update(b, 0, b.length);
        return b.length;
    }

    public static String hash_final(Object context) { return hash_final(context, false); }

    public static String hash_final(Object context, Object binary) {
        Algos.Engine e = HashContexts.engine(context, "hash_final");
        boolean bin = flag(binary, "hash_final", 2, "binary");
        HashContexts.finish(context);
        return out(e.digest(), bin);
    }

    public static PhpObject hash_copy(Context ctx, Object context) {
        Algos.Engine e = HashContexts.engine(context, "hash_copy");
        return HashContexts.create(ctx, e.copy());
    }
}
