package phpgoc.compiler.sema;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import phpgoc.ast.FunctionDecl;

/** The variables of one function body and how they are stored. */
public final class Scope {
    public enum Kind { TOP, FUNCTION, CLOSURE, ARROW, METHOD }

    public final Kind kind;
    /** null for the file's top-level code. */
    public final FunctionDecl decl;
    public final Scope parent;
    /** Every variable named in the body (parameters first), in order of appearance. */
    public final Set<String> vars = new LinkedHashSet<>();
    /** Variables that hold a {@code Ref} box instead of a plain value. */
    public final Set<String> refVars = new LinkedHashSet<>();
    /** Captured variables in order: a closure's {@code use} list or an arrow function's free variables. */
    public final List<String> captures = new ArrayList<>();
    public final List<Boolean> captureByRef = new ArrayList<>();
    /** Names of the body's {@code static} variables in order (a closure's dump shows them). */
    public final List<String> staticVars = new ArrayList<>();
    /** Each static variable's initialiser (null when none; a later declaration's replaces it, as in php 8.2), for Reflection. */
    public final List<phpgoc.ast.Expr> staticInits = new ArrayList<>();
    /** Superglobals ($_GET, $_SERVER, ...) the body names: bound to the globals on entry. */
    public final Set<String> superglobals = new LinkedHashSet<>();
    /** Variables live in a SymbolTable (top-level code, bodies using include). */
    public boolean symbolTable;
    /** Index of this body in the unit's {@code invoke} switch (-1 for top-level code). */
    public int index = -1;
    /** A named function declared unconditionally at the top level of the file. */
    public boolean hoisted;
    /** The class whose code this is (methods, and closures inside them), else null; its index in {@link Analyzer#classes}. */
    public phpgoc.ast.Stmt.ClassDecl classDecl;
    public int classIndex = -1;
    /**
     * {@link #classIndex} of code eval'd in code of a class (and closures in it): the class is the
     * eval's caller's, known at run time (no {@link #classDecl}, so {@code __CLASS__} is "" as in php).
     */
    public static final int EVAL_CLASS = -2;
    /** The body calls func_get_args(), func_get_arg() or func_num_args(). */
    public boolean funcArgs;
    /**
     * The body must stay one JVM method (codegen's loop outlining leaves it alone): it yields, uses
     * goto, or reads its own arguments (func_get_args and friends).
     */
    public boolean keepWhole;
    /**
     * The body calls something explicitly (a function, method, constructor, {@code __clone}, an
     * Iterator in foreach, include or eval), so a backtrace may be taken while it runs; a leaf
     * (a getter) only through an implicit call (a magic method, an error handler, a destructor).
     */
    public boolean calls;
    /** A static method (no {@code $this}). */
    public boolean isStatic;
    /**
     * Variables that hold the only reference to their object ({@link Ownership}), in declaration
     * order, each with the other variables of its group (which may hold the same object).
     */
    public final java.util.Map<String, List<String>> owned = new java.util.LinkedHashMap<>();
    /**
     * Owned variables whose arrays hold only objects that no other place refers to (array literals of
     * new objects, {@code $a[k] = new C}; elements only looked at, never copied out): releasing such a
     * variable's array releases the objects in it (runtime Destructors.releaseReplaced).
     */
    public final Set<String> ownedArrays = new LinkedHashSet<>();
    /**
     * A generator body (it contains {@code yield} or {@code yield from}): compiled as a resumable
     * state machine (codegen's GeneratorGen); must never be split or outlined into other methods.
     */
    public boolean generator;
    /** The body has a {@code finally} block (a generator destroyed while suspended runs them). */
    public boolean hasFinally;
    /**
     * A constructor's parameters (bit i for parameter i) that the body keeps only in one property of
     * {@code $this} (a promoted parameter, or one {@code $this->p = $param;}) and otherwise only looks at
     * ({@link Ownership}): a new object passed there is held by that property (runtime Destructors.adoptArg).
     */
    public int keptParams;
    /** A method that lets {@code $this} escape (a bare {@code $this}, a closure): it marks its object. */
    public boolean marksThis;

    Scope(Kind kind, FunctionDecl decl, Scope parent) {
        this.kind = kind;
        this.decl = decl;
        this.parent = parent;
    }

    /** The scope of a class's initialiser expressions (property defaults, constants): static code of the class. */
    public static Scope initializer(phpgoc.ast.Stmt.ClassDecl c, int classIndex) {
        Scope s = new Scope(Kind.METHOD, null, null);
        s.classDecl = c;
        s.classIndex = classIndex;
        s.isStatic = true;
        return s;
    }

    /**
     * The class's name as php prints it in messages and traces: an anonymous class's name up to
     * its NUL ({@code class@anonymous}).
     */
    public String className() {
        String n = classDecl.name();
        int nul = n.indexOf('\0');
        return nul < 0 ? n : n.substring(0, nul);
    }

    /**
     * Whether the body takes its extra arguments in a hidden variadic parameter (after the declared
     * ones; named {@link phpgoc.runtime.ParamInfo#HIDDEN_REST}): it uses func_get_args() and co.
     * and declares no variadic parameter of its own.
     */
    public boolean hiddenRest() {
        if (!funcArgs || decl == null) return false;
        var ps = decl.params();
        return ps.isEmpty() || !ps.get(ps.size() - 1).variadic();
    }

    public boolean isRef(String var) { return symbolTable || refVars.contains(var); }

    /** The PHP-visible function name ({@code __FUNCTION__}): {@code A\B\f}, {@code {closure}} or {@code A\B\{closure}}. */
    public String functionName() {
        return switch (kind) {
            case TOP -> "";
            case FUNCTION, CLOSURE, ARROW -> decl.name();
            case METHOD -> className() + (isStatic ? "::" : "->") + decl.name();
        };
    }
}
