package phpgoc.compiler.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TryCatchBlockNode;

/** Typed loops ({@link TypedLoopGen}): php's results in every case; {@link UnitCompilerTest#compile} verifies the classes. */
class TypedLoopGenTest {
    private static String run(String body) throws Exception {
        return UnitCompilerTest.run("<?php function f() {\n" + body + "\n}\nf();");
    }

    private static boolean typed(String body) throws Exception {
        ClassNode cn = new ClassNode();
        new ClassReader(UnitCompilerTest.compile("<?php function f() {\n" + body + "\n}\nf();")).accept(cn, 0);
        for (MethodNode m : cn.methods) {
            if (!m.name.equals("f$f")) continue;
            for (TryCatchBlockNode t : m.tryCatchBlocks) if ("java/lang/ArithmeticException".equals(t.type)) return true;
        }
        return false;
    }

    @Test
    void overflow_givesPhpFloat() throws Exception {
        String src = "$x = PHP_INT_MAX - 5; for ($i = 0; $i < 10; $i++) $x += 1; var_dump($x, $i);";
        assertTrue(typed(src));
        assertEquals("float(9.223372036854776E+18)\nint(10)\n", run(src));
    }

    @Test
    void mulOverflow_inWhile_givesPhpFloat() throws Exception {
        assertEquals("float(2.503155504993242E+33)\nint(70)\n",
                run("$p = 1; $n = 0; while ($n < 70) { $p *= 3; $n++; } var_dump($p, $n);"));
    }

    @Test
    void moduloByZero_throwsPhpError() throws Exception {
        String src = "$a = 10; for ($k = 0; $k < 3; $k++) { $a = $a % ($k - 1); } var_dump($a);";
        assertTrue(typed(src));
        assertEquals("\nDivisionByZeroError: Modulo by zero", run(src));
    }

    @Test
    void undefinedVariable_warnsOncePerRead() throws Exception {
        String out = run("$s = 0; for ($i = 0; $i < 3; $i++) { $s += $u; } var_dump($s);");
        assertEquals(3, out.split("Undefined variable \\$u", -1).length - 1, out);
        assertTrue(out.endsWith("int(0)\n"), out);
    }

    @Test
    void breakContinue_nested() throws Exception {
        String src = "$sum = 0; for ($i = 0; $i < 30; $i++) { for ($j = 0; $j < 30; $j++) {"
                + " if ($j > $i) break; if (($i + $j) % 3 == 0) continue; $sum += ($i * $j + $j) % 7; }"
                + " if ($sum > 500) break 1; } var_dump($sum, $i, $j);";
        assertTrue(typed(src));
        assertEquals("int(545)\nint(24)\nint(25)\n", run(src));
    }

    @Test
    void floatLoop_mandelbrotShape() throws Exception {
        String src = "$size = 20; $inside = 0; for ($y = 0; $y < $size; $y++) { $ci = 2.0 * $y / $size - 1.0;"
                + " for ($x = 0; $x < $size; $x++) { $cr = 2.5 * $x / $size - 2.0; $zr = 0.0; $zi = 0.0; $i = 0;"
                + " while ($i < 100 && $zr * $zr + $zi * $zi <= 4.0) { $t = $zr * $zr - $zi * $zi + $cr;"
                + " $zi = 2.0 * $zr * $zi + $ci; $zr = $t; $i++; } if ($i == 100) { $inside++; } } } var_dump($inside, $t > -10.0);";
        assertTrue(typed(src));
        assertEquals("int(124)\nbool(true)\n", run(src));
    }

    @Test
    void loopNotRun_leavesVariablesUnset() throws Exception {
        assertEquals("bool(false)\nint(7)\nint(0)\n",
                run("$y = 7; for ($i = 0; $i < 0; $i++) { $t = $i * 2; $y = $t; } var_dump(isset($t), $y, $i);"));
    }

    @Test
    void floatInput_runsGenericLoop() throws Exception {
        assertEquals("float(0.75)\n", run("$f = 0.25; $s = 0; for ($i = 0; $i < 3; $i++) { $s = $s + $f; } var_dump($s);"));
    }

    @Test
    void intDivisionOrCalls_notTyped() throws Exception {
        for (String src : List.of(
                "$x = 1; for ($i = 0; $i < 3; $i++) { $x = $x / 2; } var_dump($x);",
                "for ($i = 0; $i < 3; $i++) { echo $i; }",
                "$a = [1]; for ($i = 0; $i < 3; $i++) { $a[0] += $i; }")) {
            assertTrue(!typed(src), src);
        }
        // typed as a float loop, but $x holds an int at entry: the generic loop runs
        assertTrue(typed("$x = 0; for ($i = 0; $i < 3; $i++) { $x = $x + 0.5; }"));
        assertEquals("float(1.5)\n", run("$x = 0; for ($i = 0; $i < 3; $i++) { $x = $x + 0.5; } var_dump($x);"));
    }

    @Test
    void nanComparisons_asPhp() throws Exception {
        assertEquals("int(0)\n", run("$n = NAN; $c = 0; for ($i = 0; $i < 4; $i++) {"
                + " if ($n < 1.0) $c++; if ($n > 1.0) $c++; if ($n <= 1.0) $c++; if ($n >= 1.0) $c++; if ($n == $n) $c++; } var_dump($c);"));
    }
}
