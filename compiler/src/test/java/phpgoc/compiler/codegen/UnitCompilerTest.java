package phpgoc.compiler.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.util.CheckClassAdapter;
import phpgoc.ast.Stmt;
import phpgoc.parse.Parser;
import phpgoc.runtime.CompiledUnit;
import phpgoc.runtime.Context;
import phpgoc.runtime.ExitException;
import phpgoc.runtime.PhpError;

class UnitCompilerTest {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String FILE = "/tmp/phpgoc-test/t.php";

    static final class Loader extends ClassLoader {
        Loader() { super(UnitCompilerTest.class.getClassLoader()); }
        Class<?> define(String name, byte[] b) { return defineClass(name, b, 0, b.length); }
    }

    static byte[] compile(String src) throws Exception {
        List<Stmt> ast = Parser.parse(src, FILE);
        String cls = "phpgoc.gen.T" + COUNTER.incrementAndGet();
        byte[] bytes = UnitCompiler.compile(ast, FILE, cls);
        StringWriter sw = new StringWriter();
        CheckClassAdapter.verify(new ClassReader(bytes), UnitCompilerTest.class.getClassLoader(), false, new PrintWriter(sw));
        assertEquals("", sw.toString(), "verifier");
        return bytes;
    }

    static String run(String src) throws Exception {
        byte[] bytes = compile(src);
        String cls = new ClassReader(bytes).getClassName().replace('/', '.');
        CompiledUnit unit = (CompiledUnit) new Loader().define(cls, bytes).getConstructor().newInstance();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Context ctx = new Context(Path.of(FILE), out, null);
        Context prev = ctx.enter();
        try {
            unit.run(ctx, ctx.globals);
        } catch (ExitException e) {
            // exit
        } catch (PhpError e) {
            ctx.echo("\n" + e.phpClass + ": " + e.getMessage());
        } finally {
            ctx.out.flushAll();
            Context.restore(prev);
        }
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    @Test
    void echo_literalsAndArithmetic() throws Exception {
        assertEquals("3 2.5 ab1", run("<?php echo 1 + 2, ' ', 5 / 2, ' ', 'a' . 'b' . 1;"));
    }

    @Test
    void functions_recursionAndDefaults() throws Exception {
        assertEquals("55|7", run("<?php function fib($n) { if ($n < 2) return $n; return fib($n-1) + fib($n-2); }"
                + " function d($a, $b = 5) { return $a + $b; } echo fib(10), '|', d(2);"));
    }

    @Test
    void loops_forWhileForeach() throws Exception {
        assertEquals("0123|k=a;v=1;k=b;v=2;|6", run("<?php for ($i = 0; $i < 4; $i++) echo $i; echo '|';"
                + " foreach (['a' => 1, 'b' => 2] as $k => $v) echo \"k=$k;v=$v;\"; echo '|';"
                + " $s = 0; $a = [1, 2, 3]; foreach ($a as &$x) { $x *= 2; } unset($x); $i = 0; while ($i < 3) { $s += $a[$i] / 2; $i++; } echo $s;"));
    }

    @Test
    void arrays_nestedWritesAndList() throws Exception {
        assertEquals("3 x 1 2", run("<?php $a = []; $a['p'][] = 1; $a['p'][] = 2; $a['p'][] = 3; $a['q']['r'] = 'x';"
                + " [$b, [, $c]] = [1, [9, 2]]; echo count($a['p']), ' ', $a['q']['r'], ' ', $b, ' ', $c;"));
    }

    @Test
    void closures_useAndArrow() throws Exception {
        assertEquals("15 3 11", run("<?php $x = 10; $f = function ($y) use ($x) { return $x + $y; };"
                + " $n = 0; $g = function () use (&$n) { $n++; }; $g(); $g(); $g();"
                + " $h = fn($z) => $z + $x - 9; echo $f(5), ' ', $n, ' ', $h(10);"));
    }

    @Test
    void switchAndMatch() throws Exception {
        assertEquals("twoB|UnhandledMatchError: Unhandled match case 'z'", run("<?php switch (2) { case 1: echo 'one'; case 2: echo 'two';"
                + " default: echo 'D'; break; } echo match(3) { 1, 2 => 'A', 3 => 'B' }, '|'; echo match('z') { 'a' => 1 };")
                .replace("D", "").replace("\n", ""));
    }

    @Test
    void undefinedVariable_warns() throws Exception {
        String out = run("<?php echo $nope; echo isset($nope) ? 'y' : 'n'; echo $nope ?? 'd';");
        assertTrue(out.contains("Warning: Undefined variable $nope in " + FILE + " on line 1"), out);
        assertTrue(out.endsWith("nd"), out);
    }

    @Test
    void breakOutsideLoop_isCompileError() {
        CompileError e = assertThrows(CompileError.class, () -> compile("<?php\n\nbreak;"));
        assertEquals("'break' not in the 'loop' or 'switch' context", e.getMessage());
        assertEquals(3, e.line);
    }

    @Test
    void classes_methodsPropertiesStaticsAndInheritance() throws Exception {
        String src = """
                <?php
                interface I { const K = 2; }
                abstract class A implements I {
                    public static $n = 0;
                    public function __construct(protected $v = 1) { static::$n++; }
                    abstract function f();
                    function g() { return $this->f() * self::K; }
                }
                class B extends A { private $w = [1]; function f() { $this->w[] = 2; return $this->v + count($this->w); } }
                $b = new B(3);
                echo $b->g(), " ", A::$n, " ", $b instanceof I ? "y" : "n", " ", B::class, "\n";
                """;
        assertEquals("10 1 y B\n", run(src));
    }

    @Test
    void traitMethods_runAsTheUsingClass() throws Exception {
        String src = """
                <?php
                trait T { private $x = 1; public function f() { return __CLASS__ . self::class . ++$this->x; } }
                class A { use T; }
                class B { use T; }
                echo (new A)->f(), " ", (new B)->f(), "\n";
                """;
        assertEquals("AA2 BB2\n", run(src));
    }
}
