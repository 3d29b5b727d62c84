package phpgoc.compiler.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.commons.TableSwitchGenerator;
import phpgoc.ast.FunctionDecl;
import phpgoc.ast.Param;
import phpgoc.ast.Stmt;
import phpgoc.compiler.emit.Emitter;
import phpgoc.compiler.resolve.NameResolver;
import phpgoc.compiler.resolve.ResolveError;
import phpgoc.compiler.sema.Analyzer;
import phpgoc.compiler.sema.Scope;
import phpgoc.parse.Diagnostic;
import phpgoc.runtime.Closure;
import phpgoc.runtime.CompiledUnit;
import phpgoc.runtime.Context;
import phpgoc.runtime.ParamInfo;
import phpgoc.runtime.Ref;
import phpgoc.runtime.SymbolTable;

/**
 * Compiles one PHP file to a class implementing {@link CompiledUnit}: {@code run} executes the
 * top-level code (through {@code main$}), each function is a static method {@code f$name}, each
 * closure {@code closure$N} ({@code closure$N$A\B} in namespace A\B), and {@code invoke} dispatches by index for dynamic calls.
 */
public final class UnitCompiler {
    final Analyzer sema;
    final String absPath;
    final String internalName;
    private final ClassWriter cw;
    final ClassGen classes = new ClassGen(this);
    final ReflectGen reflect = new ReflectGen(this);
    private final Map<Scope, String> methodNames = new HashMap<>();
    /** The parser's diagnostics, then (in {@link #generate}) ours merged into the compile-phase ones by line. */
    private final List<Diagnostic> diagnostics;
    private final List<Diagnostic> codegenDiagnostics = new ArrayList<>();

    /** Code given to {@code eval}: falling off its end gives null (a file's include gives 1). */
    final boolean evalCode;
    /**
     * The file calls error_get_last (or names it): errors nobody sees are then remembered with their
     * location, which costs a stack walk each (see {@code Errors.trackLast}).
     */
    boolean usesLastError;
    /**
     * Name of the static field holding the class scope of code eval'd in code of a class, set by
     * the loader before the unit runs (see {@link Scope#EVAL_CLASS}).
     */
    public static final String EVAL_SCOPE_FIELD = "S$";

    private UnitCompiler(List<Stmt> ast, List<Diagnostic> diagnostics, String absPath, String className, int mode) {
        this.evalCode = mode == EVAL || mode == EVAL_IN_CLASS;
        this.diagnostics = new ArrayList<>(diagnostics);
        this.sema = Analyzer.analyze(ast, mode == EVAL_IN_CLASS || mode == FILE_IN_CLASS);
        this.absPath = absPath;
        this.topStmts = ast;
        this.strictTypes = strictTypes(ast);
        this.internalName = className.replace('.', '/');
        this.cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected String getCommonSuperClass(String a, String b) {
                try {
                    return super.getCommonSuperClass(a, b);
                } catch (RuntimeException | LinkageError e) {
                    return "java/lang/Object";
                }
            }

            @Override
            protected ClassLoader getClassLoader() { return UnitCompiler.class.getClassLoader(); }
        };
    }

    /** The class file for the PHP file {@code absPath}; {@code className} must be in {@code phpgoc.gen.}. */
    public static byte[] compile(List<Stmt> ast, String absPath, String className) {
        return compile(ast, List.of(), absPath, className);
    }

    /**
     * As {@link #compile(List, String, String)}; the unit prints {@code diagnostics} (the parser's,
     * with codegen's own merged in) through the context each time it runs, before its code.
     */
    public static byte[] compile(List<Stmt> ast, List<Diagnostic> diagnostics, String absPath, String className) {
        return compile(ast, diagnostics, absPath, className, FILE);
    }

    /** What a unit is: a file, code given to {@code eval}, code given to {@code eval} in code of a class. */
    /** {@code FILE_IN_CLASS}: a file included from code of a class, compiled with that (run-time) class scope. */
    public static final int FILE = 0, EVAL = 1, EVAL_IN_CLASS = 2, FILE_IN_CLASS = 3;

    /** As {@link #compile(List, List, String, String)}; {@code mode}: {@link #FILE}, {@link #EVAL} or {@link #EVAL_IN_CLASS}. */
    public static byte[] compile(List<Stmt> ast, List<Diagnostic> diagnostics, String absPath, String className, int mode) {
        return compile(ast, diagnostics, absPath, className, mode, java.util.Map.of());
    }

    /** As {@link #compile(List, List, String, String, int)}, with the parser's doc comments (Reflection's getDocComment). */
    public static byte[] compile(List<Stmt> ast, List<Diagnostic> diagnostics, String absPath, String className, int mode,
                                 java.util.Map<Long, String> docComments) {
        NameResolver.Result resolved;
        try {
            resolved = NameResolver.resolve(ast, absPath);
        } catch (ResolveError e) {
            throw new CompileError(e.getMessage(), e.line);
        }
        ast = resolved.stmts();
        if (!resolved.diagnostics().isEmpty()) {
            diagnostics = new ArrayList<>(diagnostics);
            diagnostics.addAll(resolved.diagnostics());
        }
        UnitCompiler u = new UnitCompiler(ast, diagnostics, absPath, className, mode);
        u.reflect.docComments = docComments;
        u.checkRedeclarations(ast);
        byte[] bytes = u.generate(ast);
        dump(className, bytes);
        return bytes;
    }

    private static void dump(String className, byte[] bytes) {
        String dir = System.getProperty("phpgoc.dumpClasses");
        if (dir == null) return;
        try {
            Path p = Path.of(dir, className.replace('.', '/') + ".class");
            Files.createDirectories(p.getParent());
            Files.write(p, bytes);
        } catch (IOException e) {
            System.err.println("phpgoc: cannot dump " + className + ": " + e.getMessage());
        }
    }

    private void checkRedeclarations(List<Stmt> ast) {
        Map<String, FunctionDecl> seen = new HashMap<>();
        for (Stmt s : ast) {
            if (!(s instanceof Stmt.FunctionStmt f)) continue;
            String lower = f.decl().name().toLowerCase(Locale.ROOT);
            FunctionDecl prev = seen.putIfAbsent(lower, f.decl());
            if (prev != null) {
                throw new CompileError("Cannot redeclare " + f.decl().name() + "() (previously declared in "
                        + absPath + ":" + prev.span().line() + ")", f.span().line());
            }
        }
    }

    /** Namespaced constants this file declares ({@code const} or {@code define('A\\X', ...)} at its top level), namespace in lower case. */
    private Set<String> declaredConstants;

    /** Whether this file declares the namespaced constant {@code name} (see {@link #declaredConstants}). */
    boolean declaresConstant(String name) {
        if (declaredConstants == null) {
            declaredConstants = new HashSet<>();
            for (Stmt s : topStmts) {
                if (s instanceof Stmt.ConstDecl c) {
                    for (Stmt.ConstItem it : c.items()) declaredConstants.add(constantKey(it.name()));
                } else if (s instanceof Stmt.ExprStmt e && e.expr() instanceof phpgoc.ast.Expr.Call call
                        && call.callee() instanceof phpgoc.ast.Expr.NameExpr n && !call.args().isEmpty()
                        && n.name().text().toLowerCase(Locale.ROOT).endsWith("define")
                        && call.args().get(0).value() instanceof phpgoc.ast.Expr.StrLit lit) {
                    declaredConstants.add(constantKey(lit.value()));
                }
            }
        }
        return declaredConstants.contains(constantKey(name));
    }

    private static String constantKey(String name) {
        int i = name.lastIndexOf('\\');
        return i < 0 ? name : name.substring(0, i).toLowerCase(Locale.ROOT) + name.substring(i);
    }

    void compileWarning(String msg, int line) { codegenDiagnostics.add(Diagnostic.warning(msg, line, false)); }

    void compileDeprecation(String msg, int line) { codegenDiagnostics.add(Diagnostic.deprecated(msg, line)); }

    /** php compiles in source order: codegen's diagnostics go among the parser's compile-phase ones by line. */
    private void mergeDiagnostics() {
        for (Diagnostic d : codegenDiagnostics) {
            int at = diagnostics.size();
            while (at > 0 && !diagnostics.get(at - 1).lexical() && diagnostics.get(at - 1).line() > d.line()) at--;
            diagnostics.add(at, d);
        }
    }

    // ---- naming

    String methodName(Scope s) {
        return switch (s.kind) {
            case TOP -> "main$";
            case FUNCTION -> methodNames.getOrDefault(s, "f$" + s.decl.name());
            case CLOSURE, ARROW -> "closure$" + s.index + closureNamespace(s.decl.name()) + closureClass(s);
            case METHOD -> methodNames.getOrDefault(s, (s.isStatic ? "s$" : "m$") + s.className() + "$" + s.decl.name());
        };
    }

    /**
     * {@code $$C$m} ({@code $$C$s}) for a closure in the code of class C with (without) {@code $this},
     * so its frames in traces are {@code C->{closure}} ({@code C::{closure}}) as php shows them.
     */
    private static String closureClass(Scope s) {
        if (s.classDecl == null || s.classDecl.name() == null) return "";
        return "$$" + s.className() + (s.isStatic || s.decl.isStatic() ? "$s" : "$m");
    }

    /** A function's name in traces: {@link Scope#functionName}, closures with their class as {@link #closureClass}. */
    static String traceName(Scope s) {
        String cls = s.kind == Scope.Kind.METHOD ? "" : closureClass(s);
        if (cls.isEmpty()) return s.functionName();
        return s.className() + (cls.endsWith("$m") ? "->" : "::") + s.functionName();
    }

    /** {@code $A\B} for a closure of namespace A\B ({@code A\B\{closure}}), for its frames in traces. */
    private static String closureNamespace(String name) {
        int i = name.lastIndexOf('\\');
        return i < 0 ? "" : "$" + name.substring(0, i);
    }

    String paramsField(Scope s) { return "P$" + s.index; }

    /** The names of a closure's captured variables (what var_dump shows as its "static"). */
    String usesField(Scope s) { return "U$" + s.index; }

    /**
     * What a closure's dump names: its captured variables, then its {@code static} variables as
     * NUL + their key in the context's statics ({@link #staticKey}); empty for other bodies.
     */
    List<String> usesNames(Scope s) {
        if (s.kind != Scope.Kind.CLOSURE && s.kind != Scope.Kind.ARROW) return List.of();
        List<String> out = new java.util.ArrayList<>(s.captures);
        for (String v : s.staticVars) out.add("\0" + staticKey(s, v));
        return out;
    }

    /** The key of {@code static $name} of body {@code s} (a closure's is suffixed per Closure object at run time). */
    String staticKey(Scope s, String name) { return absPath + "::" + methodName(s) + "::" + name; }

    String methodDesc(Scope s) {
        StringBuilder sb = new StringBuilder("(").append(Type.getDescriptor(Context.class));
        if (s.kind == Scope.Kind.TOP) return sb.append(Type.getDescriptor(SymbolTable.class)).append(")Ljava/lang/Object;").toString();
        if (s.kind == Scope.Kind.METHOD) sb.append(ObjRt.TPL).append("Ljava/lang/Object;");
        else if (s.kind != Scope.Kind.FUNCTION) sb.append(Type.getDescriptor(Closure.class));
        for (Param p : s.decl.params()) {
            sb.append(p.byRef() && !p.variadic() ? Type.getDescriptor(Ref.class) : "Ljava/lang/Object;");
        }
        if (s.hiddenRest()) sb.append("Ljava/lang/Object;");
        int pad = padding.getOrDefault(s, 0);
        for (int i = 0; i < pad; i++) sb.append("Ljava/lang/Void;");
        return sb.append(")Ljava/lang/Object;").toString();
    }

    private final Map<Scope, Integer> padding = new HashMap<>();

    /** Gives same-named functions (conditional declarations) distinct descriptors. */
    private void assignSignatures() {
        Set<String> used = new HashSet<>();
        for (Scope s : sema.bodies) {
            if (s.kind == Scope.Kind.METHOD && !used.add(methodName(s))) methodNames.put(s, methodName(s) + "$" + s.index);
            if (s.kind != Scope.Kind.FUNCTION) continue;
            while (!used.add(methodName(s) + methodDesc(s))) padding.merge(s, 1, Integer::sum);
        }
    }

    // ---- class layout

    private byte[] generate(List<Stmt> ast) {
        assignSignatures();
        reflect.prepare();
        cw.visit(Opcodes.V21, Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL | Opcodes.ACC_SUPER, internalName, null,
                "java/lang/Object", new String[] {Type.getInternalName(CompiledUnit.class)});
        cw.visitSource(absPath, null);
        cw.visitField(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC | Opcodes.ACC_FINAL, "INSTANCE",
                Type.getDescriptor(CompiledUnit.class), null, null).visitEnd();
        for (Scope s : sema.bodies) {
            cw.visitField(Opcodes.ACC_STATIC | Opcodes.ACC_FINAL, paramsField(s),
                    Type.getDescriptor(ParamInfo[].class), null, null).visitEnd();
            if (ArgStackGen.hasFrame(s)) argStack.declareFrame(cw, s);
            if (!usesNames(s).isEmpty()) {
                cw.visitField(Opcodes.ACC_STATIC | Opcodes.ACC_FINAL, usesField(s), Type.getDescriptor(String[].class),
                        null, null).visitEnd();
            }
        }
        classes.fields(cw);
        if (sema.top.classIndex == Scope.EVAL_CLASS) {
            cw.visitField(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, EVAL_SCOPE_FIELD,
                    Type.getDescriptor(phpgoc.runtime.ClassTemplate.class), null, null).visitEnd();
        }
        constructor();
        pathMethod();
        classes.initMethods(cw);
        reflect.methods(cw);
        for (Scope s : sema.bodies) body(s);
        body(sema.top);
        runMethod();
        invokeMethod(false);
        if (sema.bodies.stream().anyMatch(b -> b.kind != Scope.Kind.METHOD && b.decl.byRefReturn())) invokeMethod(true);
        resumeGeneratorMethod();
        argStack.methodNameMethod(sema.bodies);
        staticInit();
        cw.visitEnd();
        return cw.toByteArray();
    }

    Emitter method(int access, String name, String desc) {
        MethodVisitor mv = cw.visitMethod(access, name, desc, null, null);
        Emitter e = new Emitter(mv, access, name, desc);
        e.visitCode();
        return e;
    }

    static void end(Emitter e) {
        e.visitMaxs(0, 0);
        e.visitEnd();
    }

    private void constructor() {
        Emitter e = method(Opcodes.ACC_PUBLIC, "<init>", "()V");
        e.loadThis();
        e.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        e.returnValue();
        end(e);
    }

    private void pathMethod() {
        Emitter e = method(Opcodes.ACC_PUBLIC, "path", "()Ljava/lang/String;");
        e.push(absPath);
        e.returnValue();
        end(e);
    }

    private void staticInit() {
        Emitter e = method(Opcodes.ACC_STATIC, "<clinit>", "()V");
        Type paramInfo = Type.getType(ParamInfo.class);
        for (Scope s : sema.bodies) {
            List<Param> ps = s.decl.params();
            e.push(ps.size() + (s.hiddenRest() ? 1 : 0));
            e.newArray(paramInfo);
            if (s.hiddenRest()) {
                e.dup();
                e.push(ps.size());
                e.newInit(Rt.PARAM_INFO_NEW);
                e.push(ParamInfo.HIDDEN_REST);
                e.push(false);
                e.push(true);
                e.push(true);
                e.call(Rt.PARAM_INFO_NEW);
                e.arrayStore(paramInfo);
            }
            for (int i = 0; i < ps.size(); i++) {
                Param p = ps.get(i);
                e.dup();
                e.push(i);
                e.newInit(Rt.PARAM_INFO_NEW);
                e.push(p.name());
                e.push(p.byRef());
                e.push(p.variadic());
                e.push(p.defaultValue() != null || p.variadic());
                e.call(Rt.PARAM_INFO_NEW);
                e.arrayStore(paramInfo);
            }
            e.putStatic(Type.getObjectType(internalName), paramsField(s), Type.getType(ParamInfo[].class));
            if (ArgStackGen.hasFrame(s)) argStack.initFrame(e, s);
            List<String> uses = usesNames(s);
            if (uses.isEmpty()) continue;
            e.push(uses.size());
            e.newArray(Type.getType(String.class));
            for (int i = 0; i < uses.size(); i++) {
                e.dup();
                e.push(i);
                e.push(uses.get(i));
                e.arrayStore(Type.getType(String.class));
            }
            e.putStatic(Type.getObjectType(internalName), usesField(s), Type.getType(String[].class));
        }
        classes.staticInit(e);
        e.newInstance(Type.getObjectType(internalName));
        e.dup();
        e.visitMethodInsn(Opcodes.INVOKESPECIAL, internalName, "<init>", "()V", false);
        e.putStatic(Type.getObjectType(internalName), "INSTANCE", Type.getType(CompiledUnit.class));
        e.returnValue();
        end(e);
    }

    /** {@code run}: prints compile-time diagnostics, declares hoisted functions, runs {@code main$}. */
    private void runMethod() {
        String desc = "(" + Type.getDescriptor(Context.class) + Type.getDescriptor(SymbolTable.class) + ")Ljava/lang/Object;";
        Emitter e = method(Opcodes.ACC_PUBLIC, "run", desc);
        mergeDiagnostics();
        for (Diagnostic d : diagnostics) {
            e.loadArg(0);
            e.push(d.level());
            e.push(d.message());
            e.push(absPath);
            e.push(d.line());
            e.call(Rt.COMPILE_DIAGNOSTIC);
        }
        Builder b = new Builder(e, sema.top);
        if (usesLastError) {
            e.loadArg(0);
            e.call(Rt.TRACK_LAST_ERROR);
        }
        for (Scope s : sema.bodies) if (s.hoisted) emitDeclare(b, s);
        classes.hoist(b, topStmts);
        e.loadArg(0);
        e.loadArg(1);
        e.visitMethodInsn(Opcodes.INVOKESTATIC, internalName, methodName(sema.top), methodDesc(sema.top), false);
        e.returnValue();
        end(e);
    }

    /** Declares function {@code s} in the running context. */
    void emitDeclare(Builder b, Scope s) {
        b.loadCtx();
        b.pushString(s.decl.name());
        b.getStatic(internalName, paramsField(s), ParamInfo[].class);
        b.getStatic(internalName, "INSTANCE", CompiledUnit.class);
        b.pushInt(s.index);
        b.pushInt(s.decl.span().line());
        b.call(Rt.DECLARE_FUNCTION);
    }

    /**
     * {@code invoke}, or with {@code keepRef} {@code invokeRef}, which returns a {@code function &f()}'s
     * Ref ({@code $r = &$f()}) instead of a copy of its value.
     */
    private void invokeMethod(boolean keepRef) {
        String desc = "(I" + Type.getDescriptor(Context.class) + Type.getDescriptor(Closure.class) + "[Ljava/lang/Object;)Ljava/lang/Object;";
        Emitter e = method(Opcodes.ACC_PUBLIC, keepRef ? "invokeRef" : "invoke", desc);
        int[] keys = new int[sema.bodies.size()];
        for (int i = 0; i < keys.length; i++) keys[i] = i;
        // a callback entered from a builtin called in a strict_types file runs with weak builtins again
        e.loadArg(1);
        e.push(false);
        e.put(Rt.CTX_STRICT_ARGS);
        e.loadArg(0);
        e.tableSwitch(keys, new TableSwitchGenerator() {
            @Override
            public void generateCase(int key, Label end) {
                Scope s = sema.bodies.get(key);
                if (s.kind == Scope.Kind.METHOD) {
                    e.visitInsn(Opcodes.ACONST_NULL);
                    e.returnValue();
                    return;
                }
                e.loadArg(1);
                if (s.kind != Scope.Kind.FUNCTION) e.loadArg(2);
                List<Param> ps = s.decl.params();
                for (int i = 0; i < ps.size(); i++) {
                    Param p = ps.get(i);
                    e.loadArg(3);
                    e.push(i);
                    e.call(p.variadic() ? Rt.REST_ARGS : p.byRef() ? Rt.ARG_REF : Rt.ARG);
                }
                if (s.hiddenRest()) {
                    e.loadArg(3);
                    e.push(ps.size());
                    e.call(Rt.REST_ARGS);
                }
                for (int i = 0; i < padding.getOrDefault(s, 0); i++) e.visitInsn(Opcodes.ACONST_NULL);
                e.visitMethodInsn(Opcodes.INVOKESTATIC, internalName, methodName(s), methodDesc(s), false);
                if (s.decl.byRefReturn() && !keepRef) {
                    e.call(Rt.DEREF);
                    e.call(Rt.COPY);
                }
                e.returnValue();
            }

            @Override
            public void generateDefault() {
                e.visitInsn(Opcodes.ACONST_NULL);
                e.returnValue();
            }
        });
        end(e);
    }

    /** One function body: entry (variables, parameters, captures), statements, implicit return. */
    private void body(Scope s) {
        int access = Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC;
        boolean generator = s.generator && s.kind != Scope.Kind.TOP;
        org.objectweb.asm.tree.MethodNode node = null;
        Emitter e;
        if (generator) {
            GeneratorGen.checkReturnType(s);
            node = new org.objectweb.asm.tree.MethodNode(Opcodes.ASM9, access, methodName(s), methodDesc(s), null, null);
            e = new Emitter(node, access, methodName(s), methodDesc(s));
            e.visitCode();
        } else {
            e = method(access, methodName(s), methodDesc(s));
        }
        Builder b = new Builder(e, s);
        Gen g = new Gen(this, s, b);
        int line = s.decl != null ? s.decl.span().line() : 1;
        b.line(line);
        int table = -1;
        if (s.kind == Scope.Kind.TOP) {
            table = b.newTemp(SymbolTable.class);
            b.loadArg(1);
            b.store(table);
        } else if (s.symbolTable) {
            table = b.newTemp(SymbolTable.class);
            b.newInit(Rt.ST_NEW);
            b.call(Rt.ST_NEW);
            b.store(table);
        }
        b.initVars(table);
        if (s.marksThis) b.markThisEscaped();
        int first = s.kind == Scope.Kind.FUNCTION ? 1 : s.kind == Scope.Kind.METHOD ? 3 : 2;
        int defaulted = -1;
        Label start = b.label(), prologueEnd = b.label(), bodyEnd = b.label();
        if (s.kind != Scope.Kind.TOP) {
            ParamGen entry = new ParamGen();
            entry.readStrict(s, b);
            if (s.kind == Scope.Kind.CLOSURE || s.kind == Scope.Kind.ARROW) entry.captures(s, b);
            if (s.decl.params().stream().anyMatch(p -> p.defaultValue() != null && !p.variadic())) {
                defaulted = b.newIntTemp();
                b.pushInt(0);
                b.store(defaulted);
            }
            if (ArgStackGen.keepsArgs(s)) argStack.enter(s, b, first);
            b.mark(start);
            entry.params(s, g, first, defaulted);
            g.firstArg = first;
            g.defaultedLocal = defaulted;
            if (s.funcArgs && !s.hiddenRest()) {
                // func_get_args() sees the variadic arguments as passed, not the variable's later changes
                int rest = first + s.decl.params().size() - 1;
                b.loadArg(rest);
                b.call(Rt.COPY);
                b.storeArg(rest);
            }
            entry.promote(s, g);
            if (b.argEntryBase() >= 0) argStack.afterPrologue(s, b, defaulted);
            b.mark(prologueEnd);
            if (sema.keepsCallFrames) pushCallFrame(s, b, first, defaulted);
            for (String name : s.superglobals) {
                b.loadCtx();
                b.getField(Rt.CTX_GLOBALS);
                b.pushString(name);
                b.call(Rt.ST_LOOKUP);
                b.bindRef(name);
            }
            if (generator) g.generators.start();
            // php checks its time limit on entering a function as well: a recursion without loops times out,
            // reported on the body's first line
            if (s.decl.body() != null && !s.decl.body().isEmpty()) b.timeCheck(s.decl.body().get(0).span().line());
        }
        List<Stmt> stmts = s.decl != null ? s.decl.body() : topStmts;
        if (!generator && LoopOutliner.applies(s, stmts)) {
            for (Stmt st : stmts) {
                if (LoopOutliner.isLoop(st)) {
                    b.line(st.span().line());
                    outliner.emit(g, st);
                } else {
                    g.stmt.stmt(st);
                }
            }
        } else {
            g.stmt.body(stmts);
        }
        if (!generator && s.decl != null && s.decl.returnType() != null && !s.decl.byRefReturn() && !isVoid(s.decl.returnType())) {
            // falling off the end of a function with a return type
            b.line(s.decl.span().endLine());
            b.pushString(typeName(s.decl.returnType()));
            if (TraitEnumGen.inTraitMethod(s)) {
                b.loadArg(1);
                b.pushString(s.decl.name());
                b.call(Rt.TYPE_TRAIT_NONE_RETURNED);
            } else {
                b.pushString(s.functionName());
                b.call(Rt.TYPE_NONE_RETURNED);
            }
            b.athrow();
        }
        if (s.kind == Scope.Kind.TOP && !evalCode) b.pushLong(1); else b.pushNull();
        b.areturn();
        if (s.kind != Scope.Kind.TOP) {
            b.mark(bodyEnd);
            if (!s.decl.params().isEmpty()) traceHandler(s, b, start, prologueEnd, first, defaulted, true);
            traceHandler(s, b, prologueEnd, bodyEnd, first, defaulted, false);
            Label handlersEnd = b.label();
            b.mark(handlersEnd);
            b.releaseOnThrow(prologueEnd, handlersEnd);
            if (b.popsCallFrame) {
                Label popEnd = b.label();
                b.mark(popEnd);
                b.popCallFrameOnThrow(prologueEnd, popEnd);
            }
            if (b.argEntryBase() >= 0) {
                Label leaveEnd = b.label();
                b.mark(leaveEnd);
                b.leaveArgsOnThrow(start, leaveEnd);
            }
        }
        end(e);
        if (generator) {
            try {
                phpgoc.compiler.emit.Resumable.transform(internalName, node, g.generators.local);
            } catch (IllegalStateException ex) {
                throw new CompileError("phpgoc: this generator body is not supported yet (" + ex.getMessage() + ")",
                        s.decl.span().line());
            }
            node.accept(cw);
        }
    }

    /** {@code resumeGenerator}: continues generator body {@code index} (its entry restores the rest; other arguments null). */
    private void resumeGeneratorMethod() {
        List<Scope> gens = new ArrayList<>();
        for (Scope s : sema.bodies) if (s.generator) gens.add(s);
        if (gens.isEmpty()) return;
        String desc = "(I" + Type.getDescriptor(Context.class) + ")Ljava/lang/Object;";
        Emitter e = method(Opcodes.ACC_PUBLIC, "resumeGenerator", desc);
        int[] keys = new int[gens.size()];
        for (int i = 0; i < keys.length; i++) keys[i] = gens.get(i).index;
        e.loadArg(0);
        e.tableSwitch(keys, new TableSwitchGenerator() {
            @Override
            public void generateCase(int key, Label end) {
                Scope s = sema.bodies.get(key);
                e.loadArg(1);
                for (Type t : Type.getArgumentTypes(methodDesc(s))) {
                    if (t.getSort() != Type.OBJECT || !t.getClassName().equals(Context.class.getName())) e.visitInsn(Opcodes.ACONST_NULL);
                }
                e.visitMethodInsn(Opcodes.INVOKESTATIC, internalName, methodName(s), methodDesc(s), false);
                e.returnValue();
            }

            @Override
            public void generateDefault() {
                e.visitInsn(Opcodes.ACONST_NULL);
                e.returnValue();
            }
        });
        end(e);
    }

    /**
     * The handler that records this PHP frame's arguments on a {@code PhpError} passing through
     * [from, to) and rethrows it ({@link phpgoc.runtime.Traces#userFrame}): in the prologue the
     * arguments as passed ({@code fromArgs}), in the body the parameters' current values, as php shows.
     * It costs nothing until an error unwinds.
     */
    private void traceHandler(Scope s, Builder b, Label from, Label to, int first, int defaulted, boolean fromArgs) {
        Label h = b.label();
        b.catchPhpError(from, to, h);
        b.mark(h);
        b.pushString(traceName(s));
        b.getStatic(internalName, paramsField(s), ParamInfo[].class);
        List<Param> ps = s.decl.params();
        b.newObjectArray(ps.size() + (s.hiddenRest() ? 1 : 0));
        for (int i = 0; i < ps.size(); i++) {
            if (fromArgs) b.loadArg(first + i); else b.loadVarRaw(ps.get(i).name());
            b.arrayStoreAt(i);
        }
        if (s.hiddenRest()) {
            // the extra arguments, as passed (php lists them in traces)
            b.loadArg(first + ps.size());
            b.arrayStoreAt(ps.size());
        }
        if (defaulted >= 0) b.load(defaulted); else b.pushInt(0);
        b.pushBoolean(fromArgs);
        b.call(Rt.USER_FRAME);
        b.athrow();
    }

    /**
     * A function of a file that keeps shadow frames (sema's keepsCallFrames): its shadow frame (name, parameters, $this),
     * popped by each return and by a handler for anything thrown. The parameters are Ref variables
     * there (sema's liveParams): the frame holds their Refs, which the body rebinds in the frame too
     * ({@link Builder#shadowParams}), so a backtrace reads their current values; the variadic one's
     * array is the arguments as passed, as is the hidden one's (the extra arguments of a function
     * using func_get_args()).
     */
    private void pushCallFrame(Scope s, Builder b, int first, int defaulted) {
        List<Param> ps = s.decl.params();
        b.newObjectArray(ps.size() + (s.hiddenRest() ? 1 : 0));
        for (int i = 0; i < ps.size(); i++) {
            if (ps.get(i).variadic()) {
                b.loadVarRaw(ps.get(i).name());
                b.call(Rt.COPY); // the body's writes to the array must not show
            } else {
                b.loadRef(ps.get(i).name());
            }
            b.arrayStoreAt(i);
        }
        if (s.hiddenRest()) {
            b.loadArg(first + ps.size());
            b.arrayStoreAt(ps.size());
        }
        int values = b.newTemp(Object[].class);
        b.store(values);
        b.loadCtx();
        b.pushString(traceName(s));
        b.getStatic(internalName, paramsField(s), ParamInfo[].class);
        b.load(values);
        if (defaulted >= 0) b.load(defaulted); else b.pushInt(0);
        if (s.kind == Scope.Kind.METHOD && !s.decl.isStatic()) b.loadArg(2); else b.pushNull();
        b.call(Rt.CALL_FRAME_PUSH);
        b.popsCallFrame = true;
        b.shadowParams(values, ps.stream().filter(p -> !p.variadic()).map(Param::name).toList());
    }

    private List<Stmt> topStmts;
    final LoopOutliner outliner = new LoopOutliner(this);
    private final ArgStackGen argStack = new ArgStackGen(this);

    /** The offset {@code __COMPILER_HALT_OFFSET__} of this file's {@code __halt_compiler();}, or -1 without one. */
    long haltOffset() {
        for (Stmt st : topStmts) {
            if (st instanceof Stmt.HaltCompiler h) return h.offset();
            if (st instanceof Stmt.Namespace n && n.body() != null) {
                for (Stmt in : n.body()) if (in instanceof Stmt.HaltCompiler h) return h.offset();
            }
        }
        return -1;
    }

    private static boolean isVoid(phpgoc.ast.TypeRef t) {
        return t instanceof phpgoc.ast.TypeRef.Named n && n.name().text().equalsIgnoreCase("void");
    }

    /** php's spelling of a declared type in messages ({@code mixed} and {@code never} as written). */
    private static String typeName(phpgoc.ast.TypeRef t) {
        TypeDecl d = TypeDecl.of(t, false);
        if (d != null) return d.name();
        return t instanceof phpgoc.ast.TypeRef.Named n ? n.name().text().toLowerCase(Locale.ROOT) : "mixed";
    }

    final boolean strictTypes;

    private static boolean strictTypes(List<Stmt> ast) {
        for (Stmt s : ast) {
            if (!(s instanceof Stmt.Declare d)) continue;
            for (Stmt.ConstItem it : d.directives()) {
                if (it.name().equalsIgnoreCase("strict_types") && it.value() instanceof phpgoc.ast.Expr.IntLit l) {
                    return l.value() == 1;
                }
            }
        }
        return false;
    }
}
