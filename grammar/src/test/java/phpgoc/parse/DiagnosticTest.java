package phpgoc.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Compile-time diagnostics the parser collects, with php 8.2's texts, lines and order. */
class DiagnosticTest {
    static List<Diagnostic> diags(String code) throws ParseError {
        return Parser.parseWithDiagnostics("<?php\n" + code, "/t.php").diagnostics();
    }

    @Test
    void dollarBrace_varAndExprForms() throws ParseError {
        List<Diagnostic> d = diags("echo \"${x} ${$n} ${x['k']}\";");
        assertEquals(List.of(
                Diagnostic.deprecated("Using ${var} in strings is deprecated, use {$var} instead", 2),
                Diagnostic.deprecated("Using ${expr} (variable variables) in strings is deprecated, use {${expr}} instead", 2),
                Diagnostic.deprecated("Using ${var} in strings is deprecated, use {$var} instead", 2)), d);
    }

    @Test
    void dollarBrace_lineOfPreviousInterpolation() throws ParseError {
        // php reports the line its compiler last saw: the string's start, or the previous interpolation's
        assertEquals(2, diags("echo \"\n\n${x}\";").get(0).line());
        assertEquals(4, diags("echo \"\n\n$x ${x}\";").get(0).line());
    }

    @Test
    void octalOverflow_lexicalAndFirst() throws ParseError {
        List<Diagnostic> d = diags("echo \"${x}\";\necho \"a\n\\400\";");
        assertEquals(Diagnostic.warning("Octal escape sequence overflow \\400 is greater than \\377", 4, true), d.get(0));
        assertEquals(Diagnostic.E_DEPRECATED, d.get(1).level());
    }

    @Test
    void plainStrings_noDiagnostics() throws ParseError {
        assertEquals(List.of(), diags("echo \"{$x} $y \\377\", '${x}';"));
    }
}
