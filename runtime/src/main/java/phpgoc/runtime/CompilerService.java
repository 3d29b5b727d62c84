package phpgoc.runtime;

import java.nio.file.Path;

/** The compiler as the runtime sees it: {@code include} and {@code eval} compile at run time. */
public interface CompilerService {
    /** Compiles (or returns the cached compilation of) a PHP file. Throws {@link FatalError} for parse errors. */
    CompiledUnit compileFile(Path file);

    /**
     * A file included from code of class {@code scope} (a method, a closure there): compiled with
     * that class scope, as eval'd code in a class is (cached per file and class). Null scope: {@link #compileFile(Path)}.
     */
    default CompiledUnit compileFile(Path file, ClassTemplate scope) { return compileFile(file); }

    /**
     * Compiles (or returns the cached compilation of) code given to {@code eval}; {@code file} is
     * its name in messages, {@code scope} the class of the calling code (null outside classes). Throws {@link FatalError} ("Parse error" for syntax errors).
     */
    CompiledUnit compileEval(String code, String file, ClassTemplate scope);
}
