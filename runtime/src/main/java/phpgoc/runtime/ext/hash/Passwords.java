package phpgoc.runtime.ext.hash;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import phpgoc.runtime.Args;
import phpgoc.runtime.Context;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.PhpError;
import phpgoc.runtime.Values;

/**
 * ext/standard's password API with the one algorithm phpgoc has, bcrypt ("2y", PASSWORD_DEFAULT
 * and PASSWORD_BCRYPT): php -n also has argon2i/argon2id (through libargon2), which phpgoc does
 * not, so password_algos() lists only "2y" and the PASSWORD_ARGON2* constants are not defined.
 * password_verify() checks bcrypt hashes ($2y$, $2a$, $2b$) only; other crypt() formats are false.
 */
public final class Passwords {
    private Passwords() {}

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int DEFAULT_COST = 10;

    private static byte[] bytes(String s) { return s.getBytes(StandardCharsets.ISO_8859_1); }

    /** Whether {@code algo} (string|int|null) names bcrypt; false for an unknown one. */
    private static boolean bcrypt(Object algo) {
        algo = Values.deref(algo);
        if (algo == null || algo == Values.UNDEF) return true;
        if (algo instanceof Long l) return l == 0 || l == 1;
        return phpgoc.runtime.Convert.toStr(algo).equals("2y");
    }

    private static boolean isBcrypt(String hash) { return hash.length() == 60 && hash.startsWith("$2y$"); }

    private static long cost(String hash) {
        long c = 0;
        for (int i = 4; i < hash.length() && Character.isDigit(hash.charAt(i)); i++) c = c * 10 + (hash.charAt(i) - '0');
        return c;
    }

    private static long optionCost(Object options) {
        if (!(Values.deref(options) instanceof PhpArray o)) return DEFAULT_COST;
        Object c = o.lookup("cost");
        return c == Values.UNDEF ? DEFAULT_COST : phpgoc.runtime.Convert.toLong(Values.deref(c));
    }

    public static String password_hash(Context ctx, Object password, Object algo) { return password_hash(ctx, password, algo, null); }

    public static String password_hash(Context ctx, Object password, Object algo, Object options) {
        String pw = Args.str(password, "password_hash", 1, "password");
        PhpArray opts = options == null || options == Values.UNDEF ? null : Args.array(options, "password_hash", 3, "options");
        if (!bcrypt(algo)) {
            throw new PhpError("ValueError", "password_hash(): Argument #2 ($algo) must be a valid password hashing algorithm");
        }
        if (opts != null && opts.lookup("salt") != Values.UNDEF) {
            ctx.warning("password_hash(): The \"salt\" option has been ignored, since providing a custom salt is no longer supported");
        }
        long cost = optionCost(opts);
        if (cost < 4 || cost > 31) throw new PhpError("ValueError", "Invalid bcrypt cost parameter specified: " + cost);
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        String setting = "$2y$" + (cost < 10 ? "0" : "") + cost + "$" + Bcrypt.encode(salt, 16);
        return Bcrypt.crypt(bytes(pw), setting);
    }

    public static boolean password_verify(Object password, Object hash) {
        String pw = Args.str(password, "password_verify", 1, "password");
        String h = Args.str(hash, "password_verify", 2, "hash");
        String c = Bcrypt.crypt(bytes(pw), h);
        return c != null && c.length() == h.length() && java.security.MessageDigest.isEqual(bytes(c), bytes(h));
    }

    public static PhpArray password_get_info(Object hash) {
        String h = Args.str(hash, "password_get_info", 1, "hash");
        PhpArray out = new PhpArray(), opts = new PhpArray();
        if (isBcrypt(h)) {
            out.putStr("algo", "2y");
            out.putStr("algoName", "bcrypt");
            opts.putStr("cost", cost(h));
        } else {
            out.putStr("algo", null);
            out.putStr("algoName", "unknown");
        }
        out.putStr("options", opts);
        return out;
    }

    public static boolean password_needs_rehash(Object hash, Object algo) { return password_needs_rehash(hash, algo, null); }

    public static boolean password_needs_rehash(Object hash, Object algo, Object options) {
        String h = Args.str(hash, "password_needs_rehash", 1, "hash");
        PhpArray opts = options == null || options == Values.UNDEF ? null : Args.array(options, "password_needs_rehash", 3, "options");
        if (!bcrypt(algo)) return false;
        if (!isBcrypt(h)) return true;
        return cost(h) != optionCost(opts);
    }

    public static PhpArray password_algos() {
        PhpArray out = new PhpArray();
        out.append("2y");
        return out;
    }
}
