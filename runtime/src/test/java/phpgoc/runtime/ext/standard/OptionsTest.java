package phpgoc.runtime.ext.standard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import phpgoc.runtime.Context;

/** ini_get/ini_set/error_reporting against php 8.2 -n (the command in each comment). */
class OptionsTest {
    private static Context ctx() { return new Context(Path.of("t.php"), OutputStream.nullOutputStream(), null); }

    @Test
    void ini_get_defaults() {
        // php -n -r 'var_dump(ini_get("precision"), ini_get("serialize_precision"), ini_get("error_reporting"),
        //            ini_get("display_errors"), ini_get("memory_limit"), ini_get("max_execution_time"), ini_get("nope"));'
        Context c = ctx();
        assertEquals("14", Options.ini_get(c, "precision"));
        assertEquals("-1", Options.ini_get(c, "serialize_precision"));
        assertEquals("", Options.ini_get(c, "error_reporting"));
        assertEquals("1", Options.ini_get(c, "display_errors"));
        assertEquals("128M", Options.ini_get(c, "memory_limit"));
        assertEquals("0", Options.ini_get(c, "max_execution_time"));
        assertEquals(Boolean.FALSE, Options.ini_get(c, "nope"));
    }

    @Test
    void ini_set_returnsOldValueAndApplies() {
        // php -n -r 'var_dump(ini_set("nope","1"), ini_set("precision", 17), ini_get("precision"), ini_set("precision", true),
        //            ini_get("precision"), ini_set("precision", null), ini_get("precision"), ini_set("memory_limit", "256M"));'
        Context c = ctx();
        assertEquals(Boolean.FALSE, Options.ini_set(c, "nope", "1"));
        assertEquals("14", Options.ini_set(c, "precision", 17L));
        assertEquals("17", Options.ini_get(c, "precision"));
        assertEquals(17, c.ini.precision);
        assertEquals("17", Options.ini_set(c, "precision", true));
        assertEquals("1", Options.ini_get(c, "precision"));
        assertEquals("1", Options.ini_set(c, "precision", null));
        assertEquals("", Options.ini_get(c, "precision"));
        assertEquals("128M", Options.ini_set(c, "memory_limit", "256M"));
        // ini_set("display_errors", "0") -> "1", then display is off
        assertEquals("1", Options.ini_set(c, "display_errors", "0"));
        assertEquals(false, c.ini.displayErrors);
    }

    @Test
    void error_reporting_levels() {
        // php -n -r 'var_dump(error_reporting(), error_reporting(E_ALL & ~E_NOTICE), error_reporting(),
        //            ini_get("error_reporting"), ini_set("error_reporting", "0"), error_reporting(null));'
        Context c = ctx();
        assertEquals(32767L, Options.error_reporting(c));
        assertEquals(32767L, Options.error_reporting(c, 32767L & ~8L));
        assertEquals(32759L, Options.error_reporting(c));
        assertEquals("32759", Options.ini_get(c, "error_reporting"));
        assertEquals("32759", Options.ini_set(c, "error_reporting", "0"));
        assertEquals(0L, Options.error_reporting(c, null));
        // php -n -d error_reporting='E_ALL & ~E_DEPRECATED' -r 'var_dump(ini_get("error_reporting"), error_reporting());'
        c.ini.set("error_reporting", "E_ALL & ~E_DEPRECATED");
        assertEquals("24575", Options.ini_get(c, "error_reporting"));
        assertEquals(24575L, Options.error_reporting(c));
    }
}
