package phpgoc.runtime.ext.standard;

import java.security.SecureRandom;
import phpgoc.runtime.Args;
import phpgoc.runtime.Context;

/**
 * Random strings and unique ids: str_shuffle (php's Fisher-Yates over the run's MT19937, so a
 * seeded run shuffles as php does), random_bytes (the system CSPRNG), lcg_value, uniqid.
 */
public final class Randoms {
    private Randoms() {}

    private static final SecureRandom CSPRNG = new SecureRandom();

    public static String str_shuffle(Context ctx, Object string) {
        char[] s = Args.str(string, "str_shuffle", 1, "string").toCharArray();
        for (int left = s.length - 1; left > 0; left--) {
            int j = (int) Math.mtRange(ctx, 0, left);
            if (j != left) {
                char t = s[left];
                s[left] = s[j];
                s[j] = t;
            }
        }
        return new String(s);
    }

    public static String random_bytes(Object length) {
        long n = Args.toInt(length, "random_bytes", 1, "length");
        if (n < 1) throw Strings.valueError("random_bytes", 1, "length", "must be greater than 0");
        if (n > Integer.MAX_VALUE - 8) throw new OutOfMemoryError();
        byte[] b = new byte[(int) n];
        CSPRNG.nextBytes(b);
        return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** A float in (0, 1), as php's combined LCG gives. */
    public static double lcg_value() {
        double d;
        do d = CSPRNG.nextDouble(); while (d == 0.0);
        return d;
    }

    public static String uniqid() { return uniqid("", false); }
    public static String uniqid(Object prefix) { return uniqid(prefix, false); }

    /** php's "%s%08x%05x" of the current seconds and microseconds, waiting for the clock to move on. */
    public static String uniqid(Object prefix, Object more_entropy) {
        String p = prefix == phpgoc.runtime.Values.UNDEF ? "" : Args.str(prefix, "uniqid", 1, "prefix");
        boolean more = more_entropy != phpgoc.runtime.Values.UNDEF && Args.toBool(more_entropy, "uniqid", 2, "more_entropy");
        long now = micros();
        if (!more) {
            long t;
            while ((t = micros()) == now) Thread.onSpinWait();
            now = t;
        }
        String id = p + String.format("%08x%05x", now / 1_000_000, now % 1_000_000);
        if (more) id += String.format(java.util.Locale.ROOT, "%.8f", lcg_value() * 10);
        return id;
    }

    private static long micros() {
        java.time.Instant i = java.time.Instant.now();
        return i.getEpochSecond() * 1_000_000 + i.getNano() / 1000;
    }
}
