package phpgoc.runtime.ext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import phpgoc.runtime.Context;
import phpgoc.runtime.ParamInfo;
import phpgoc.runtime.PhpError;
import phpgoc.runtime.PhpFunction;
import phpgoc.runtime.Ref;
import phpgoc.runtime.Values;

class BuiltinsTest {
    @Test
    void overloads_sortedByParameterCount() {
        List<Method> ms = Builtins.overloads("str_pad");
        assertEquals(3, ms.size());
        assertEquals(List.of(2, 3, 4), ms.stream().map(Method::getParameterCount).toList());
        assertTrue(Builtins.overloads("no_such_function").isEmpty());
    }

    @Test
    void overloads_everyRegisteredNameResolves() {
        for (String n : Builtins.names()) {
            assertTrue(!Builtins.overloads(n).isEmpty(), n);
            PhpFunction f = Builtins.function(n);
            assertEquals(n, f.name());
        }
    }

    @Test
    void function_paramInfoFromReflection() {
        ParamInfo[] ps = Builtins.function("str_replace").params();
        assertEquals(4, ps.length);
        assertEquals(new ParamInfo("search", false, false, false), ps[0]);
        assertEquals(new ParamInfo("count", true, false, true), ps[3]);
        ParamInfo[] pr = Builtins.function("print_r").params();
        assertEquals("return", pr[1].name()); // Java's return_
        ParamInfo[] vd = Builtins.function("var_dump").params();
        assertEquals(new ParamInfo("values", false, true, true), vd[1]);
        assertTrue(Builtins.function("sort").isByRefParam(0));
        assertTrue(!Builtins.function("sort").isByRefParam(1));
        assertNull(Builtins.function("nope"));
    }

    @Test
    void function_argumentCountErrors() {
        // php -n -r 'strlen();'  -> strlen() expects exactly 1 argument, 0 given
        assertEquals("strlen() expects exactly 1 argument, 0 given", callError("strlen"));
        // php -n -r 'strlen(1,2);'
        assertEquals("strlen() expects exactly 1 argument, 2 given", callError("strlen", 1L, 2L));
        // php -n -r 'str_pad();'
        assertEquals("str_pad() expects at least 2 arguments, 0 given", callError("str_pad"));
        // php -n -r 'str_pad(1,2,3,4,5);'
        assertEquals("str_pad() expects at most 4 arguments, 5 given", callError("str_pad", 1L, 2L, 3L, 4L, 5L));
        // php -n -r 'printf();'
        assertEquals("printf() expects at least 1 argument, 0 given", callError("printf"));
        // php -n -r 'mt_rand(5);'
        assertEquals("mt_rand() expects exactly 2 arguments, 1 given", callError("mt_rand", 5L));
    }

    @Test
    void function_refParamsGetCallersRefOrFreshOne() {
        Context ctx = new Context(Path.of("t.php"), new ByteArrayOutputStream(), null);
        Ref r = new Ref(phpgoc.runtime.PhpArray.of(3L, 1L));
        Builtins.function("sort").call(ctx, new Object[] {r});
        assertEquals(1L, ((phpgoc.runtime.PhpArray) r.get()).lookup(0L));
        // a by-value parameter given a Ref reads through it
        assertEquals(2L, Builtins.function("strlen").call(ctx, new Object[] {new Ref("ab")}));
    }

    @Test
    void function_contextAndVariadicAndVoid() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Context ctx = new Context(Path.of("t.php"), bytes, null);
        Object r = Builtins.function("var_dump").call(ctx, new Object[] {1L, "a"});
        assertNull(r);
        assertEquals(3L, Builtins.function("printf").call(ctx, new Object[] {"%s%s\n", "a", "b"}));
        ctx.out.flushAll();
        assertEquals("int(1)\nstring(1) \"a\"\nab\n", bytes.toString(StandardCharsets.ISO_8859_1));
    }

    @Test
    void constants_values() {
        assertEquals(Long.MAX_VALUE, Constants.get("PHP_INT_MAX"));
        assertEquals("\n", Constants.get("PHP_EOL"));
        assertEquals(Math.PI, Constants.get("M_PI"));
        assertEquals(2L, Constants.get("STR_PAD_BOTH"));
        assertEquals(8L, Constants.get("PHP_MAJOR_VERSION"));
        // php -n -r 'echo PHP_VERSION;'
        assertEquals("8.2.36", Constants.get("PHP_VERSION"));
        assertEquals(Values.UNDEF, Constants.get("php_eol"));
    }

    private static String callError(String fn, Object... args) {
        Context ctx = new Context(Path.of("t.php"), new ByteArrayOutputStream(), null);
        PhpError e = assertThrows(PhpError.class, () -> Builtins.function(fn).call(ctx, args));
        assertEquals("ArgumentCountError", e.phpClass);
        return e.getMessage();
    }
}
