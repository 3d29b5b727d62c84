package phpgoc.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import phpgoc.ast.Expr;
import phpgoc.ast.Stmt;

class ParserTest {
    static List<Stmt> parse(String code) {
        try {
            return Parser.parse("<?php\n" + code, "/t.php");
        } catch (ParseError e) {
            throw new AssertionError(e.kind() + ": " + e.message() + " on line " + e.line(), e);
        }
    }

    /** The s-expression of the only expression statement (or echo argument) in {@code code}. */
    static String expr(String code) {
        Stmt s = parse(code + ";").get(0);
        if (s instanceof Stmt.ExprStmt e) return AstPrinter.print(e.expr());
        return AstPrinter.print(((Stmt.Echo) s).exprs().get(0));
    }

    @Test
    void precedence_arithmetic() {
        assertEquals("(Binary (IntLit 1) ADD (Binary (IntLit 2) MUL (IntLit 3)))", expr("1 + 2 * 3"));
        assertEquals("(Unary NEG (Binary (IntLit 2) POW (IntLit 2)))", expr("-2 ** 2"));
        assertEquals("(Binary (IntLit 2) POW (Binary (IntLit 3) POW (IntLit 2)))", expr("2 ** 3 ** 2"));
        assertEquals("(Binary (ConstFetch a) CONCAT (Binary (ConstFetch b) ADD (ConstFetch c)))", expr("a . b + c"));
        assertEquals("(Binary (Binary (IntLit 1) SUB (IntLit 2)) SUB (IntLit 3))", expr("1 - 2 - 3"));
    }

    @Test
    void precedence_unaryAndAssignment() {
        assertEquals("(Unary NOT (InstanceOf (Var \"a\") (NameExpr B)))", expr("!$a instanceof B"));
        assertEquals("(Unary NOT (Assign (Var \"a\") (Call (NameExpr f))))", expr("!$a = f()"));
        assertEquals("(Assign (Var \"a\") (CompoundAssign (Var \"b\") ADD (IntLit 3)))", expr("$a = $b += 3"));
        assertEquals("(Binary (Var \"x\") COALESCE (Binary (Var \"y\") COALESCE (Var \"z\")))", expr("$x ?? $y ?? $z"));
        assertEquals("(Binary (Assign (Var \"a\") (Var \"b\")) LOGICAL_AND (Var \"c\"))", expr("$a = $b and $c"));
        assertEquals("(Binary (Unary NOT (Var \"a\")) ADD (IntLit 1))", expr("!$a + 1"));
        assertEquals("(Silence (Assign (Var \"a\") (Call (NameExpr f))))", expr("@$a = f()"));
        assertEquals("(Cast INT (Binary (Var \"a\") POW (IntLit 2)))", expr("(int)$a ** 2"));
        assertEquals("(Binary (Print (Var \"a\")) LOGICAL_AND (Var \"b\"))", expr("print $a and $b"));
        assertEquals("(CompoundAssign (Var \"a\") COALESCE (IntLit 1))", expr("$a ??= 1"));
    }

    @Test
    void ternary_shortAndNested() {
        assertEquals("(Ternary (Var \"a\") (Var \"b\"))", expr("$a ?: $b"));
        assertEquals("(Ternary (Ternary (Var \"a\") (Var \"b\")) (Var \"c\"))", expr("$a ?: $b ?: $c"));
        assertEquals("(Ternary (Var \"a\") (Ternary (Var \"b\") (IntLit 1) (IntLit 2)) (IntLit 3))", expr("$a ? $b ? 1 : 2 : 3"));
    }

    @Test
    void numbers_allForms() {
        assertEquals("(IntLit 31)", expr("0x1F"));
        assertEquals("(IntLit 5)", expr("0b101"));
        assertEquals("(IntLit 15)", expr("0o17"));
        assertEquals("(IntLit 15)", expr("017"));
        assertEquals("(IntLit 1000000)", expr("1_000_000"));
        assertEquals("(FloatLit 1500.0)", expr("1.5e3"));
        assertEquals("(FloatLit 0.5)", expr(".5"));
        assertEquals("(FloatLit 10.5)", expr("1_0.5"));
        assertEquals("(IntLit 9223372036854775807)", expr("9223372036854775807"));
        assertEquals("(FloatLit 9.223372036854776E18)", expr("9223372036854775808"));
        assertEquals("(FloatLit 1.8446744073709552E19)", expr("0xFFFFFFFFFFFFFFFF"));
    }

    @Test
    void strings_escapes() {
        assertEquals("(StrLit \"it's \\ \\n\")", expr("'it\\'s \\\\ \\n'"));
        assertEquals("(StrLit \"\\n\t\u001b\u000bA\u0041\u00c3\u00a9\u00f0\u009f\u0098\u0080$\"\\q\")",
                expr("\"\\n\\t\\e\\v\\x41\\101\\u{e9}\\u{1F600}\\$\\\"\\\\q\""));
    }

    @Test
    void strings_interpolation() {
        assertEquals("(Interp [(Var \"a\") (StrLit \" \") (Dim (Var \"a\") (IntLit 0)) (StrLit \" \") (Dim (Var \"a\") (StrLit \"key\"))"
                + " (StrLit \" \") (Dim (Var \"a\") (IntLit -1)) (StrLit \" \") (Dim (Var \"a\") (Var \"i\"))])",
                expr("\"$a $a[0] $a[key] $a[-1] $a[$i]\""));
        assertEquals("(Interp [(Prop (Var \"o\") (StrLit \"p\")) (MethodCall (Var \"o\") (StrLit \"m\")) (Dim (Var \"a\") (StrLit \"k\"))])",
                expr("\"$o->p{$o->m()}{$a[\"k\"]}\""));
        assertEquals("(Interp [(Var \"name\") (VarVar (Binary (ConstFetch a) CONCAT (StrLit \"b\"))) (Dim (Var \"x\") (IntLit 1))])",
                expr("\"${name}${a . 'b'}${x[1]}\""));
        assertEquals("(ShellExec [(StrLit \"ls \") (Var \"d\")])", expr("`ls $d`"));
    }

    @Test
    void heredoc_indentationRemoved() {
        assertEquals("(Interp [(StrLit \"Hello \") (Var \"name\") (StrLit \"\\n  x\\n\\nend\")])",
                expr("<<<EOT\n    Hello $name\n      x\n\n    end\n    EOT"));
        assertEquals("(StrLit \"raw $x\\n\\t\")", expr("<<<'EOT'\n  raw $x\n  \\t\n  EOT"));
        assertEquals("(StrLit \"\")", expr("<<<EOT\nEOT"));
        assertEquals("(StrLit \"a\\\"b\")", expr("<<<\"X\"\na\\\"b\nX"));
    }

    @Test
    void lists_andDestructuring() {
        assertEquals("(Assign (ListExpr [null (ArrayItem (Var \"b\"))]) (Var \"x\"))", expr("[, $b] = $x"));
        assertEquals("(Assign (ListExpr [(ArrayItem (StrLit \"k\") (Var \"v\"))]) (Var \"x\"))", expr("['k' => $v] = $x"));
        assertEquals("(Assign (ListExpr [(ArrayItem (Var \"a\")) (ArrayItem (ListExpr [(ArrayItem (Var \"b\")) (ArrayItem (Var \"c\"))]))]) (Var \"x\"))",
                expr("list($a, list($b, $c)) = $x"));
        assertEquals("(ArrayLit [(ArrayItem (Var \"a\") spread) (ArrayItem (Var \"x\") byRef) (ArrayItem (IntLit 1))])", expr("[...$a, &$x, 1,]"));
        Stmt.Foreach f = (Stmt.Foreach) parse("foreach ($a as $k => [$x, $y]) {}").get(0);
        assertInstanceOf(Expr.ListExpr.class, f.value());
    }

    @Test
    void calls_andMembers() {
        assertEquals("(Call (NameExpr f) [(Arg \"a\" (IntLit 1)) (Arg (Var \"xs\") spread)])", expr("f(a: 1, ...$xs)"));
        assertEquals("(MethodCall (Var \"o\") (StrLit \"m\") fcc)", expr("$o->m(...)"));
        assertEquals("(StaticCall (NameExpr A) (StrLit \"m\") fcc)", expr("A::m(...)"));
        assertEquals("(Call (Prop (Var \"o\") (StrLit \"f\")))", expr("($o->f)()"));
        assertEquals("(MethodCall (Prop (Var \"o\") (StrLit \"a\") nullsafe) (StrLit \"list\"))", expr("$o?->a->list()"));
        assertEquals("(Prop (Var \"o\") (Var \"x\"))", expr("$o->{$x}"));
        assertEquals("(StaticProp (NameExpr A) (StrLit \"p\"))", expr("A::$p"));
        assertEquals("(StaticCall (NameExpr A) (Var \"m\"))", expr("A::$m()"));
        assertEquals("(ClassConst (NameExpr static) \"class\")", expr("static::class"));
        assertEquals("(ClassConst (Var \"c\") \"K\")", expr("$c::K"));
        assertEquals("(VarVar (VarVar (Var \"a\")))", expr("$$$a"));
        assertEquals("(New (NameExpr \\A\\B) [(IntLit 1)])".replace("[(IntLit 1)]", "[(Arg (IntLit 1))]"), expr("new \\A\\B(1)"));
    }

    @Test
    void strings_backslashBraceIsNotComplexSyntax() {
        assertEquals("(Interp [(StrLit \"\\{\") (Var \"x\") (StrLit \"}\")])", expr("\"\\{$x}\""));
    }

    @Test
    void deepNesting_doesNotOverflow() {
        StringBuilder sb = new StringBuilder("$a = 'x'");
        for (int i = 0; i < 20000; i++) sb.append(" . 'y'");
        sb.append("; $b = ").append("[".repeat(300)).append("]".repeat(300));
        assertEquals(2, parse(sb + ";").size());
    }

    @Test
    void magicConstants() {
        assertEquals("(IntLit 2)", expr("__LINE__"));
        assertEquals("(MagicConst \"__CLASS__\")", expr("__class__"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "if ($a): echo 1; elseif ($b): echo 2; else: echo 3; endif;",
        "while ($i < 3): $i++; endwhile; for ($i = 0, $j = 1; $i < 3; $i++, $j--): endfor;",
        "foreach ($a as $k => &$v): endforeach; foreach ($a as list('k' => $v)) {}",
        "switch ($a): case 1; case 2: echo 1; break; default: endswitch;",
        "do { $x--; } while ($x > 0); $f = match($x) { 1, 2 => 'a', default => 'b', };",
        "try { f(); } catch (A|B $e) { } catch (C) { } finally { }",
        "$x = $y ?? throw new E(); goto end; end: echo 1;",
        "declare(strict_types=1); declare(ticks=1) { echo 1; } declare(ticks=1): echo 2; enddeclare;",
        "use A\\B, C\\D as E; use function f\\g; use const X\\Y; use A\\{B, C as D, function f, const Z}; const A = 1, B = 2;",
        "function &f(int $a = 1, ?string $b = null, int|string ...$c): static|null { return $a; }",
        "function g(A&B $x, (A&B)|null $y, &$z, mixed $m): void {}",
        "$fn = function ($x) use ($y, &$z): int { return 1; }; $g = static function () {}; $h = fn($x) => $x * 2; $i = static fn&($x) => $x;",
        "#[A, B(1)] function h(#[C] $x) {}",
        "abstract class X extends Y implements I, J { const A = 1; final public const B = 2; public int $x = 1; private static ?array $y;"
            + " readonly int $z; var $w; public function __construct(private readonly int $a, protected $b = 2) {}"
            + " abstract protected function m(): void; public static function list() {} function print() {} }",
        "final class Z {} readonly class R {} interface I extends J, K { public function m(); const C = 1; }",
        "trait T { use T1, T2 { T1::m insteadof T2; m as protected n; T2::m as o; m as public; } }",
        "enum E: string implements I { case A = 'a'; const C = self::A; } enum P { case X; }",
        "ECHO True, NULL; Function ff() {} IF (1) {}",
        "$x = (integer)$b . (boolean)$d . (double)$f . (binary)$h . (array)$i . (object)$j;",
        "$w = new class(1) extends X implements I { public $p; }; $v = new static; $u = new $cls; $t = new $a->b(); $s = new (trim('A'));",
        "exit; exit(); die(1); die; unset($a, $b[1]); isset($a, $b[1]); empty($a); global $a, $$b; static $s = 1, $t;",
        "\"abc\"[0]; [1, 2][0]; FOO[0]; A::B[0]; (new A)->m(); (function() {})(); namespace\\f(); \\strlen('x');",
        "$a = yield; $b = yield $v; $c = yield $k => $v; $d = yield from gen();",
        "$r = &$x; $r = &$a[0]; $a **= 2; $a .= 'x'; $a <<= 1; $a = $b <=> $c; $a = $b <> $c;",
        "include 'a.php'; require('c.php'); $x = eval('return 1;');",
        "namespace A { function f() {} } namespace { echo 1; }",
    })
    void parses_validSyntax(String code) {
        assertTrue(parse(code).size() > 0);
    }

    @Test
    void inlineHtml_andTags() throws ParseError {
        List<Stmt> s = Parser.parse("<b>\n<?php echo 1 ?>\nx<?= $y ?>", "/t.php");
        assertEquals("[(InlineHtml \"<b>\\n\") (Echo [(IntLit 1)]) (InlineHtml \"x\") (Echo [(Var \"y\")])]", AstPrinter.print(s));
    }

    @Test
    void haltCompiler_offset() throws ParseError {
        String src = "<?php\n__halt_compiler();DATA";
        Stmt.HaltCompiler h = (Stmt.HaltCompiler) Parser.parse(src, "/t.php").get(0);
        assertEquals(src.indexOf("DATA"), h.offset());
    }

    @Test
    void spans_lineAndColumn() {
        Stmt s = parse("\n  $a = 1;").get(0);
        assertEquals(3, s.span().line());
        assertEquals(2, s.span().col());
    }

    @Test
    void largeFile_parsesEveryDeclaration() throws ParseError {
        // speed is measured in bench/, not here; this checks a 5,000-line file parses whole
        StringBuilder sb = new StringBuilder("<?php\n");
        for (int i = 0; i < 1000; i++) {
            sb.append("function f").append(i).append("($a, $b = [1, 2]) {\n")
              .append("  $x = $a->m($b[0], \"s $a\") + strlen('x') * 2;\n")
              .append("  if ($x > 3 && !isset($b['k'])) { return $o?->p ?? null; }\n")
              .append("  foreach ($b as $k => $v) { echo $k . $v, PHP_EOL; }\n")
              .append("}\n");
        }
        List<Stmt> stmts = Parser.parse(sb.toString(), "/big.php");
        assertEquals(1000, stmts.size());
        assertEquals(5001, stmts.get(999).span().endLine());
    }
}
