package phpgoc.compiler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.objectweb.asm.ClassReader;
import phpgoc.compiler.codegen.CompileError;
import phpgoc.compiler.codegen.UnitCompiler;
import phpgoc.parse.ParseError;
import phpgoc.parse.Parser;
import phpgoc.runtime.ClassTemplate;
import phpgoc.runtime.CompiledUnit;
import phpgoc.runtime.CompilerService;
import phpgoc.runtime.FatalError;
import phpgoc.runtime.PhpPaths;

/**
 * The compiler as one context's runtime sees it: reads a PHP file (bytes as ISO-8859-1 chars),
 * parses, generates a class {@code phpgoc.gen.U<n>_<name>}, defines it in its own loader and
 * instantiates it. Within a context a file compiles once; across contexts {@link CompileCache}
 * shares units. With an {@link AheadIndex}, classes compiled ahead are loaded instead.
 * PHP errors come out as {@link FatalError}s, as php reports them.
 */
public final class Compiler implements CompilerService {
    static final String GEN_PACKAGE = "phpgoc.gen.";
    private static final AtomicLong COUNTER = new AtomicLong();

    private final AheadIndex ahead;
    private final ConcurrentHashMap<Path, CompiledUnit> units = new ConcurrentHashMap<>();

    public Compiler() {
        this(null);
    }

    Compiler(AheadIndex ahead) {
        this.ahead = ahead;
    }

    @Override
    public CompiledUnit compileFile(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        CompiledUnit u = units.get(abs);
        if (u == null) {
            u = load(abs);
            CompiledUnit raced = units.putIfAbsent(abs, u);
            if (raced != null) u = raced;
        }
        return u;
    }

    private final java.util.Map<java.util.List<Object>, CompiledUnit> classScoped = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public CompiledUnit compileFile(Path file, ClassTemplate scope) {
        if (scope == null) return compileFile(file);
        Path abs = file.toAbsolutePath().normalize();
        if (ahead != null && ahead.lookup(abs) != null) return compileFile(file); // compiled ahead without a class
        return classScoped.computeIfAbsent(java.util.List.of(abs, scope), k -> {
            String name = className("U" + COUNTER.incrementAndGet() + "_in_class", abs);
            CompiledUnit u = UnitLoader.load(compile(read(abs), PhpPaths.toPhp(abs), name, UnitCompiler.FILE_IN_CLASS));
            try {
                u.getClass().getField(UnitCompiler.EVAL_SCOPE_FIELD).set(null, scope); // once, before it runs
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("unit without its scope field", e);
            }
            return u;
        });
    }

    private CompiledUnit load(Path abs) {
        if (ahead != null) {
            CompiledUnit u = ahead.lookup(abs);
            if (u != null) return u;
        }
        try {
            BasicFileAttributes attrs = Files.readAttributes(abs, BasicFileAttributes.class);
            var key = new CompileCache.Key(abs, attrs.lastModifiedTime().toMillis(), attrs.size());
            return CompileCache.get(key, () -> {
                String source = read(abs);
                String name = className("U" + COUNTER.incrementAndGet(), abs);
                return UnitLoader.load(compile(source, PhpPaths.toPhp(abs), name));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Compiles the code given to {@code eval} (PHP code without an opening tag); {@code file} is
     * the name php gives it ({@code /x.php(4) : eval()'d code}). Shared by every context, like files.
     */
    @Override
    public CompiledUnit compileEval(String code, String file, ClassTemplate scope) {
        return CompileCache.eval(file, code, scope, () -> {
            String name = GEN_PACKAGE + "U" + COUNTER.incrementAndGet() + "_eval";
            if (scope == null) return UnitLoader.load(compile("<?php " + code, file, name, UnitCompiler.EVAL));
            CompiledUnit u = UnitLoader.load(compile("<?php " + code, file, name, UnitCompiler.EVAL_IN_CLASS));
            try {
                u.getClass().getField(UnitCompiler.EVAL_SCOPE_FIELD).set(null, scope); // once, before it runs
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("eval unit without its scope field", e);
            }
            return u;
        });
    }

    /** Compiles code that is not a file ({@code php -r}); {@code file} is the name messages show. */
    CompiledUnit compileCode(String source, String file) {
        return UnitLoader.load(compile(source, file, GEN_PACKAGE + "U" + COUNTER.incrementAndGet() + "_" + sanitize(file)));
    }

    /** A file's bytes as a PHP source string (one char per byte). */
    static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses and generates class {@code className} from {@code source}; {@code file} is the path
     * as PHP shows it (a byte string). Parse and compile errors become php's {@link FatalError}s.
     */
    static byte[] compile(String source, String file, String className) {
        return compile(source, file, className, UnitCompiler.FILE);
    }

    /** {@code mode}: {@link UnitCompiler#FILE}, {@link UnitCompiler#EVAL} or {@link UnitCompiler#EVAL_IN_CLASS}. */
    private static byte[] compile(String source, String file, String className, int mode) {
        Parser.Parsed parsed;
        try {
            parsed = Parser.parseWithDiagnostics(source, file);
        } catch (ParseError e) {
            throw new FatalError(e.kind(), e.message(), file, e.line());
        }
        byte[] code;
        try {
            code = UnitCompiler.compile(parsed.stmts(), parsed.diagnostics(), file, className, mode, parsed.docComments());
        } catch (CompileError e) {
            throw new FatalError("Fatal error", e.getMessage(), file, e.line);
        }
        dump(code);
        return code;
    }

    /** {@code phpgoc.gen.<prefix>_<file base name>}, the base name made a Java identifier. */
    static String className(String prefix, Path file) {
        Path base = file.getFileName();
        return GEN_PACKAGE + prefix + "_" + sanitize(base == null ? "main" : base.toString());
    }

    static String sanitize(String name) {
        String n = name.endsWith(".php") ? name.substring(0, name.length() - 4) : name;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n.length() && sb.length() < 48; i++) {
            char c = n.charAt(i);
            sb.append(c < 128 && Character.isLetterOrDigit(c) || c == '_' ? c : '_');
        }
        return sb.toString();
    }

    /** {@code -Dphpgoc.dumpClasses=DIR}: writes each generated class to DIR for {@code javap}. */
    private static void dump(byte[] code) {
        String dir = System.getProperty("phpgoc.dumpClasses");
        if (dir == null || dir.isEmpty()) return;
        try {
            Path out = Path.of(dir).resolve(new ClassReader(code).getClassName() + ".class");
            Files.createDirectories(out.getParent());
            Files.write(out, code);
        } catch (IOException | RuntimeException e) {
            System.err.println("phpgoc: cannot dump class: " + e);
        }
    }
}
