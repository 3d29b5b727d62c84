package phpgoc.compiler;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.commons.GeneratorAdapter;
import org.objectweb.asm.commons.Method;
import phpgoc.runtime.CompiledUnit;
import phpgoc.runtime.Context;
import phpgoc.runtime.ExitException;
import phpgoc.runtime.Includes;
import phpgoc.runtime.PhpError;
import phpgoc.runtime.SymbolTable;

/**
 * Hand-assembled units shaped like the code generator's output (class in {@code phpgoc.gen},
 * {@code SourceFile} = the PHP path, PHP line numbers, functions as static {@code f$name(Context)}),
 * so the runner, includes and error printing are tested without the parser and code generator.
 */
final class GenUnits {
    private GenUnits() {}

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final Type CTX = Type.getType(Context.class);
    private static final Type OBJECT = Type.getType(Object.class);

    /** Emits a body; {@code g}'s argument 0 is the Context, argument 1 (top-level only) the scope. */
    interface Body {
        void emit(Asm a);
    }

    /** The PHP-ish operations a body is made of. */
    static final class Asm {
        final GeneratorAdapter g;
        final String owner;
        final String file;

        Asm(GeneratorAdapter g, String owner, String file) {
            this.g = g;
            this.owner = owner;
            this.file = file;
        }

        Asm line(int n) {
            g.visitLineNumber(n, g.mark());
            return this;
        }

        Asm echo(String s) {
            g.loadArg(0);
            g.push(s);
            g.invokeVirtual(CTX, Method.getMethod("void echo(String)"));
            return this;
        }

        Asm call(String fn) {
            g.loadArg(0);
            g.invokeStatic(Type.getObjectType(owner), new Method("f$" + fn, OBJECT, new Type[] {CTX}));
            g.pop();
            return this;
        }

        Asm throwError(String phpClass, String msg) {
            Type t = Type.getType(PhpError.class);
            g.newInstance(t);
            g.dup();
            g.push(phpClass);
            g.push(msg);
            g.invokeConstructor(t, Method.getMethod("void <init>(String, String)"));
            g.throwException();
            return this;
        }

        Asm exit(int status) {
            Type t = Type.getType(ExitException.class);
            g.newInstance(t);
            g.dup();
            g.push(status);
            g.invokeConstructor(t, Method.getMethod("void <init>(int)"));
            g.throwException();
            return this;
        }

        /** {@code include path} (top-level only), result discarded. */
        Asm include(String path, int kind) {
            g.loadArg(0);
            g.push(path);
            g.push(kind);
            g.push(file);
            g.loadArg(1);
            g.invokeStatic(Type.getType(Includes.class), Method.getMethod(
                    "Object include(phpgoc.runtime.Context, Object, int, String, phpgoc.runtime.SymbolTable)"));
            g.pop();
            return this;
        }

        /** Raw code, for whatever else a test needs. */
        Asm raw(java.util.function.Consumer<GeneratorAdapter> c) {
            c.accept(g);
            return this;
        }
    }

    static final class Builder {
        private final String file;
        private final Map<String, Body> functions = new LinkedHashMap<>();

        Builder(String file) {
            this.file = file;
        }

        Builder function(String name, Body body) {
            functions.put(name, body);
            return this;
        }

        CompiledUnit main(Body run) {
            return UnitLoader.load(bytes(run));
        }

        byte[] bytes(Body run) {
            String owner = "phpgoc/gen/T" + COUNTER.incrementAndGet() + "_test";
            ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS) {
                @Override
                protected String getCommonSuperClass(String a, String b) {
                    return "java/lang/Object";
                }
            };
            cw.visit(Opcodes.V21, Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL, owner, null, "java/lang/Object",
                    new String[] {Type.getInternalName(CompiledUnit.class)});
            cw.visitSource(file, null);

            GeneratorAdapter init = new GeneratorAdapter(Opcodes.ACC_PUBLIC, Method.getMethod("void <init>()"), null, null, cw);
            init.loadThis();
            init.invokeConstructor(OBJECT, Method.getMethod("void <init>()"));
            init.returnValue();
            init.endMethod();

            GeneratorAdapter path = new GeneratorAdapter(Opcodes.ACC_PUBLIC, Method.getMethod("String path()"), null, null, cw);
            path.push(file);
            path.returnValue();
            path.endMethod();

            GeneratorAdapter invoke = new GeneratorAdapter(Opcodes.ACC_PUBLIC, Method.getMethod(
                    "Object invoke(int, phpgoc.runtime.Context, phpgoc.runtime.Closure, Object[])"), null, null, cw);
            invoke.visitInsn(Opcodes.ACONST_NULL);
            invoke.returnValue();
            invoke.endMethod();

            GeneratorAdapter r = new GeneratorAdapter(Opcodes.ACC_PUBLIC, new Method("run", OBJECT,
                    new Type[] {CTX, Type.getType(SymbolTable.class)}), null, null, cw);
            run.emit(new Asm(r, owner, file));
            r.push(1L);
            r.valueOf(Type.LONG_TYPE);
            r.returnValue();
            r.endMethod();

            for (var e : functions.entrySet()) {
                GeneratorAdapter f = new GeneratorAdapter(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC,
                        new Method("f$" + e.getKey(), OBJECT, new Type[] {CTX}), null, null, cw);
                e.getValue().emit(new Asm(f, owner, file));
                f.visitInsn(Opcodes.ACONST_NULL);
                f.returnValue();
                f.endMethod();
            }
            cw.visitEnd();
            return cw.toByteArray();
        }
    }

    static Builder file(String file) {
        return new Builder(file);
    }
}
