package phpgoc.runtime.ext.standard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import phpgoc.runtime.Context;

/** mt_rand &amp; co.: seeded sequences must be php's own (MT19937 and php's range reduction). */
class MathRandomTest {
    private final Context ctx = new Context(Path.of("t.php"), new ByteArrayOutputStream(), null);

    @Test
    void mtRand_seededSequenceMatchesPhp() {
        // php -n -r 'mt_srand(42); echo mt_rand(), " ", mt_rand(1,100), " ", rand(5,1), " ", mt_rand(0, PHP_INT_MAX), " ",
        //            mt_rand(-5, 5), " ", rand(), " ", mt_rand(PHP_INT_MIN, PHP_INT_MAX);'
        // -> 804318771 68 2 4279532807823660302 5 1285609310 -6345336138826568684
        Math.mt_srand(ctx, 42L);
        assertEquals(804318771L, Math.mt_rand(ctx));
        assertEquals(68L, Math.mt_rand(ctx, 1L, 100L));
        assertEquals(2L, Math.rand(ctx, 5L, 1L));
        assertEquals(4279532807823660302L, Math.mt_rand(ctx, 0L, Long.MAX_VALUE));
        assertEquals(5L, Math.mt_rand(ctx, -5L, 5L));
        assertEquals(1285609310L, Math.rand(ctx));
        assertEquals(-6345336138826568684L, Math.mt_rand(ctx, Long.MIN_VALUE, Long.MAX_VALUE));
    }

    @Test
    void mtSrand_negativeSeedTruncatesTo32Bits() {
        // php -n -r 'mt_srand(-7); echo mt_rand(1, 1000);'  -> 325
        Math.mt_srand(ctx, -7L);
        assertEquals(325L, Math.mt_rand(ctx, 1L, 1000L));
    }

    @Test
    void randomInt_staysInRange() {
        for (int i = 0; i < 1000; i++) {
            long v = Math.random_int(-3L, 3L);
            assertTrue(v >= -3 && v <= 3);
        }
        assertEquals(7L, Math.random_int(7L, 7L));
    }
}
