package phpgoc.runtime.ext.standard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import phpgoc.runtime.PhpArray;

class TimeTest {
    @Test
    void microtime_stringFormat() {
        // php -n -r 'var_dump(microtime());'  -> string(21) "0.98379900 1795746742"
        String s = (String) Time.microtime();
        assertTrue(s.matches("0\\.\\d{6}00 \\d+"), s);
        assertTrue((Double) Time.microtime(true) > 1.7e9);
    }

    @Test
    void hrtime_arrayAndNumber() {
        PhpArray a = (PhpArray) Time.hrtime();
        assertEquals(2, a.size());
        assertTrue((Long) a.lookup(1L) < 1_000_000_000L);
        long n1 = (Long) Time.hrtime(true), n2 = (Long) Time.hrtime(true);
        assertTrue(n2 >= n1);
    }

    @Test
    void time_andSleep() {
        assertTrue(Time.time() > 1_700_000_000L);
        phpgoc.runtime.Context ctx = new phpgoc.runtime.Context(java.nio.file.Path.of("t.php"), new java.io.ByteArrayOutputStream(), null);
        assertEquals(0L, Time.sleep(ctx, 0L));
        Time.usleep(ctx, 10L);
    }
}
