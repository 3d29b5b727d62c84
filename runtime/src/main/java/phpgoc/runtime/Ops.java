package phpgoc.runtime;

import java.util.List;

/**
 * Helpers called only from generated code: integer fast paths in front of {@link Arith} and
 * {@link Compare}, variable reads that warn, argument adaptation for the generic {@code invoke}
 * entry, and the small PHP operations that do not belong to one operator family.
 */
public final class Ops {
    private Ops() {}

    // ---- variables

    /** A variable slot's value for reading: UNDEF warns "Undefined variable $name" and reads null. */
    public static Object read(Object v, String name) {
        return v != Values.UNDEF ? v : undefinedVariable(name);
    }

    public static Object readRef(Ref r, String name) {
        Object v = r.value;
        return v != Values.UNDEF ? v : undefinedVariable(name);
    }

    /** A call result bound by reference: a {@code function &f()}'s Ref as is, another value in a new Ref. */
    public static Ref toRef(Object v) {
        return v instanceof Ref r ? r : new Ref(v);
    }

    /** {@code $r = &call()}: a by-reference function's Ref, else the value in a new Ref with php's notice. */
    public static Ref toRefAssigned(Object v) {
        if (v instanceof Ref r) return r;
        Context.current().notice("Only variables should be assigned by reference");
        return new Ref(v);
    }

    /** {@code &$x}: taking a reference defines an undefined variable as null. */
    public static Ref defineRef(Ref r) {
        if (r.value == Values.UNDEF) r.value = null;
        return r;
    }

    /** {@code $GLOBALS[key]} as a write target: the global's Ref. */
    public static Ref globalRef(Context ctx, Object key) {
        return ctx.globals.lookup(Convert.toStr(key));
    }

    /** {@code $GLOBALS} read: a copy of the defined globals. */
    public static PhpArray globalsArray(Context ctx) {
        PhpArray a = new PhpArray();
        for (var e : ctx.globals.entries().entrySet()) {
            if (e.getValue().isDefined()) a.put(e.getKey(), Values.copyOnAssign(e.getValue().value));
        }
        return a;
    }

    // ---- variable variables ($$name, ${expr}): the scope keeps its variables in a SymbolTable

    /** {@code $$name} as a write target: its Ref, created undefined if absent. */
    public static Ref varVarRef(SymbolTable t, Object name) { return t.lookup(Convert.toStr(name)); }

    /** {@code $$name} read: "Undefined variable $name" warning for an unset name. */
    public static Object varVarRead(SymbolTable t, Object name) {
        String n = Convert.toStr(name);
        Ref r = t.find(n);
        return r != null && r.isDefined() ? r.value : undefinedVariable(n);
    }

    /** {@code $o->$name()}, {@code A::$name()}: the name, which must be a string. */
    public static String methodName(Object name) {
        Object v = Values.deref(name);
        if (!Values.isString(v)) throw new PhpError("Error", "Method name must be a string");
        return Convert.toStr(v);
    }

    /** {@code $$name} read in code that may have a {@code $this} ({@code thisOrStatic}): the name "this" is it. */
    public static Object varVarRead(SymbolTable t, Object name, Object thisOrStatic) {
        String n = Convert.toStr(name);
        if (n.equals("this") && thisOrStatic instanceof PhpObject) return thisOrStatic;
        return varVarRead(t, n);
    }

    public static Object varVarQuiet(SymbolTable t, Object name, Object thisOrStatic) {
        String n = Convert.toStr(name);
        if (n.equals("this") && thisOrStatic instanceof PhpObject) return thisOrStatic;
        return varVarQuiet(t, n);
    }

    /** {@code $$name} read for isset/??/empty: null when unset. */
    public static Object varVarQuiet(SymbolTable t, Object name) {
        Ref r = t.find(Convert.toStr(name));
        return r == null ? null : r.get();
    }

    /** {@code $$name = &ref}. */
    public static void varVarBind(SymbolTable t, Object name, Ref ref) { t.bind(Convert.toStr(name), ref); }

    /** {@code unset($$name)}. */
    public static void varVarUnset(SymbolTable t, Object name) { t.unset(Convert.toStr(name)); }

    /** Quiet read ({@code isset}, {@code ??}): UNDEF is null. */
    public static Object quiet(Object v) { return v == Values.UNDEF ? null : v; }

    public static Object undefinedVariable(String name) {
        Context.current().warning("Undefined variable $" + name);
        return null;
    }

    /**
     * A compile-time diagnostic php prints before running the file: {@code level} is E_WARNING or
     * E_DEPRECATED; the location is the file's, not the running code's.
     */
    public static void compileDiagnostic(Context ctx, int level, String msg, String file, int line) {
        Errors.raise(ctx, level, msg, file, line);
    }

    // ---- arithmetic fast paths

    public static Object add(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long r = x + y;
            if (((x ^ r) & (y ^ r)) < 0) return (double) x + (double) y;
            return r;
        }
        if (a instanceof Double x && b instanceof Double y) return x + y;
        return Arith.add(a, b);
    }

    public static Object addLong(Object a, long y) {
        if (a instanceof Long x) {
            long r = x + y;
            if (((x ^ r) & (y ^ r)) < 0) return (double) x + (double) y;
            return r;
        }
        if (a instanceof Double x) return x + y;
        return Arith.add(a, y);
    }

    public static Object sub(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long r = x - y;
            if (((x ^ y) & (x ^ r)) < 0) return (double) x - (double) y;
            return r;
        }
        if (a instanceof Double x && b instanceof Double y) return x - y;
        return Arith.sub(a, b);
    }

    public static Object subLong(Object a, long y) {
        if (a instanceof Long x) {
            long r = x - y;
            if (((x ^ y) & (x ^ r)) < 0) return (double) x - (double) y;
            return r;
        }
        if (a instanceof Double x) return x - y;
        return Arith.sub(a, y);
    }

    public static Object mul(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long hi = Math.multiplyHigh(x, y), lo = x * y;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) return lo;
            return (double) x * (double) y;
        }
        if (a instanceof Double x && b instanceof Double y) return x * y;
        return Arith.mul(a, b);
    }

    public static Object mod(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y && y != 0 && y != -1) return x % y;
        return Arith.mod(a, b);
    }

    public static Object div(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y && y != 0.0) return x / y;
        return Arith.div(a, b);
    }

    public static Object inc(Object a) {
        if (a instanceof Long x && x != Long.MAX_VALUE) return x + 1;
        return Arith.inc(a);
    }

    public static Object dec(Object a) {
        if (a instanceof Long x && x != Long.MIN_VALUE) return x - 1;
        return Arith.dec(a);
    }

    // ---- comparison fast paths

    public static boolean lt(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return x < y;
        if (a instanceof Double x && b instanceof Double y) return x < y;
        return Compare.lt(a, b);
    }

    public static boolean le(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return x <= y;
        if (a instanceof Double x && b instanceof Double y) return x <= y;
        return Compare.le(a, b);
    }

    public static boolean gt(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return x > y;
        if (a instanceof Double x && b instanceof Double y) return x > y;
        return Compare.gt(a, b);
    }

    public static boolean ge(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return x >= y;
        if (a instanceof Double x && b instanceof Double y) return x >= y;
        return Compare.ge(a, b);
    }

    public static boolean ltLong(Object a, long y) {
        if (a instanceof Long x) return x < y;
        return Compare.lt(a, y);
    }

    public static boolean leLong(Object a, long y) {
        if (a instanceof Long x) return x <= y;
        return Compare.le(a, y);
    }

    public static boolean gtLong(Object a, long y) {
        if (a instanceof Long x) return x > y;
        return Compare.gt(a, y);
    }

    public static boolean geLong(Object a, long y) {
        if (a instanceof Long x) return x >= y;
        return Compare.ge(a, y);
    }

    public static boolean eq(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return x.longValue() == y.longValue();
        return Compare.looseEquals(a, b);
    }

    public static boolean identical(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return x.longValue() == y.longValue();
        return Compare.identical(a, b);
    }

    public static boolean toBool(Object v) {
        if (v instanceof Boolean b) return b;
        return Convert.toBool(v);
    }

    /** {@code <=>} boxed. */
    public static Object spaceship(Object a, Object b) { return (long) Compare.compare(a, b); }

    public static Object xor(Object a, Object b) { return Convert.toBool(a) != Convert.toBool(b); }

    // ---- arrays

    /** The array {@code foreach} iterates by value (a copy), or null after php's warning for non-arrays. */
    public static PhpArray foreachArray(Object v) {
        if (v instanceof PhpArray a) return a.copy();
        if (v instanceof Ref r) return foreachArray(r.get());
        Context.current().warning("foreach() argument must be of type array|object, " + Values.typeName(v) + " given");
        return null;
    }

    /**
     * The end of a by-value foreach (normal exit or break): its handle from {@link #foreachArray}
     * gives back its share of the storage, so writing the array after the loop does not copy it.
     * Null for a non-array subject.
     */
    public static void foreachEnd(PhpArray a) {
        if (a != null) a.release();
    }

    /** Warns for foreach by reference over a non-array; true if it is an array. */
    public static boolean foreachCheck(Object v) {
        if (v instanceof PhpArray) return true;
        Context.current().warning("foreach() argument must be of type array|object, " + Values.typeName(v) + " given");
        return false;
    }

    /** {@code [$a, $b] = v}: element {@code key}, null quietly for non-arrays, warning for a missing key. */
    public static Object listGet(Object v, Object key) {
        if (v instanceof PhpArray a) return Access.dimGet(a, key);
        if (Spl.isArrayAccess(v)) return Values.copyOnAssign(Values.deref(Spl.offsetGet((PhpObject) v, key)));
        return null;
    }

    /** Appends {@code ...v} of an array literal. */
    public static void spreadInto(PhpArray target, Object v) {
        PhpArray a = v instanceof PhpArray arr ? arr : Spl.unpacked(v, "array");
        if (a == null) throw new PhpError("Error", "Only arrays and Traversables can be unpacked");
        for (int p = a.firstPos(); p >= 0; p = a.nextPos(p)) {
            Object k = a.keyAt(p);
            Object val = Values.copyOnAssign(a.valueAt(p));
            if (k instanceof Long) target.append(val); else target.put(k, val);
        }
    }

    /** Positional arguments {@code fixed} followed by the elements of spread {@code v}. */
    public static Object[] spreadArgs(Object[] fixed, Object v) {
        PhpArray a = v instanceof PhpArray arr ? arr : Spl.unpacked(v, "argument");
        if (a == null) throw new PhpError("Error", "Only arrays and Traversables can be unpacked");
        Object[] out = java.util.Arrays.copyOf(fixed, fixed.length + a.size());
        int i = fixed.length;
        for (int p = a.firstPos(); p >= 0; p = a.nextPos(p)) out[i++] = a.valueAt(p);
        return out;
    }

    /** Binds element {@code key} of {@code arr} to {@code ref} ({@code $a[k] = &$x}). */
    public static void bindDimRef(PhpArray arr, Object key, Ref ref) {
        if (key == Values.UNDEF) {
            ref.binds++;
            arr.append(ref);
            return;
        }
        arr.putRef(key, ref);
    }

    /** {@code $r = &$a[]}/{@code &$a[k]}. */
    public static Ref dimRef(PhpArray arr, Object key) {
        return key == Values.UNDEF ? arr.appendRef() : Access.dimRef(arr, key);
    }

    /** {@code container[key]} as a nested write target: append for {@code []}. */
    public static void putDim(PhpArray arr, Object key, Object value) {
        if (key == Values.UNDEF) arr.append(value); else arr.put(key, value);
    }

    /** Unsets {@code base[key]} only when base is an array (no warnings otherwise, as php). */
    public static void unsetDim(Object base, Object key) {
        if (base instanceof PhpArray) Access.unsetDim(base, key);
        else if (base instanceof Ref r && r.value instanceof PhpArray) Access.unsetDim(r.value, key);
        else if (Values.isString(base)) throw new PhpError("Error", "Cannot unset string offsets");
        else if (Values.deref(base) instanceof PhpObject) Access.unsetDim(Values.deref(base), key);
    }

    // ---- generic invoke() argument adaptation

    /** By-value parameter {@code i}: UNDEF if missing, deref'd and copied. */
    public static Object arg(Object[] args, int i) {
        if (i >= args.length) return Values.UNDEF;
        Object v = args[i];
        if (v instanceof Ref r) v = r.get();
        return Values.copyOnAssign(v);
    }

    /** By-reference parameter {@code i}: the caller's Ref, a fresh one for a value, null if missing. */
    public static Ref argRef(Object[] args, int i) {
        if (i >= args.length) return null;
        Object v = args[i];
        if (v == Values.UNDEF) return null;
        return v instanceof Ref r ? r : new Ref(v);
    }

    /** Variadic parameter from {@code i}: the rest as a list. */
    public static PhpArray restArgs(Object[] args, int i) {
        PhpArray a = new PhpArray();
        for (int k = i; k < args.length; k++) {
            Object v = args[k];
            if (v instanceof ArgList.Named n) {
                for (int p = n.values().firstPos(); p >= 0; p = n.values().nextPos(p)) {
                    a.put(n.values().keyAt(p), n.values().valueAt(p));
                }
                continue;
            }
            if (v instanceof Ref r) v = r.get();
            a.append(Values.copyOnAssign(v));
        }
        return a;
    }

    /** php's ArgumentCountError for a user function; the call site is the caller's generated frame. */
    public static PhpError tooFewArgs(String fn, int passed, int required, boolean exact) {
        StackWalker.StackFrame caller = userCaller();
        String where = caller == null ? "" : " in " + caller.getFileName() + " on line " + caller.getLineNumber();
        return new PhpError("ArgumentCountError", "Too few arguments to function " + fn + "(), " + passed
                + " passed" + where + " and " + (exact ? "exactly" : "at least") + " " + required + " expected");
    }

    /**
     * The PHP code that called the innermost PHP function (its frame, for "called in FILE on line N"),
     * or null when there is none or Reflection called it (ReflectionMethod::invoke, newInstance, ...),
     * as php names no call site for calls from those internal methods. (call_user_func() is no
     * internal frame in php, so other library functions keep the call site.)
     */
    static StackWalker.StackFrame userCaller() {
        return StackWalker.getInstance().walk(frames -> {
            boolean inCallee = false;
            for (java.util.Iterator<StackWalker.StackFrame> it = frames.iterator(); it.hasNext(); ) {
                StackWalker.StackFrame f = it.next();
                boolean gen = f.getClassName().startsWith(SourceLocation.GENERATED_PACKAGE) && f.getLineNumber() > 0;
                if (!inCallee) {
                    inCallee = gen;
                } else if (gen) {
                    return f;
                } else if (f.getClassName().startsWith("phpgoc.runtime.ext.reflection.")) {
                    return null;
                }
            }
            return null;
        });
    }

    public static PhpError unknownNamedParam(String name) {
        return new PhpError("Error", "Unknown named parameter $" + name);
    }

    public static PhpError builtinArgCount(String fn, int min, int max, int given) {
        String how;
        int n;
        if (min == max) { how = "exactly"; n = min; }
        else if (given < min) { how = "at least"; n = min; }
        else { how = "at most"; n = max; }
        return new PhpError("ArgumentCountError",
                fn + "() expects " + how + " " + n + " argument" + (n == 1 ? "" : "s") + ", " + given + " given");
    }

    // ---- functions and constants

    public static void declareFunction(Context ctx, String name, ParamInfo[] params, CompiledUnit unit, int index,
                                       int line) {
        // php reports it at the declaration (in the declaring file, which may be eval'd code)
        PhpFunction old = ctx.findFunction(name);
        if (old instanceof UserFunction u) {
            throw new FatalError("Fatal error", "Cannot redeclare " + name + "() (previously declared in " + u.file + ":"
                    + u.line + ")", unit.path(), line);
        }
        if (name.indexOf('\\') < 0 && Calls.isLibraryName(name.toLowerCase(java.util.Locale.ROOT))) {
            throw new FatalError("Fatal error", "Cannot redeclare " + name + "()", unit.path(), line);
        }
        ctx.declareFunction(new UserFunction(name, params, unit, index, unit.path(), line));
        int ns = name.lastIndexOf('\\');
        if (ns >= 0 && Calls.isLibraryName(name.substring(ns + 1).toLowerCase(java.util.Locale.ROOT))) ctx.builtinShadowed = true;
    }

    /** A function-local static of a closure: statics belong to each closure object. */
    public static String closureStaticKey(String base, Closure self) {
        return base + "#" + System.identityHashCode(self);
    }

    public static PhpError namedOverwrites(String name) {
        return new PhpError("Error", "Named parameter $" + name + " overwrites previous argument");
    }

    public static PhpError notByReference(String fn, int argNo, String param) {
        return new PhpError("Error", fn + "(): Argument #" + argNo + " ($" + param + ") cannot be passed by reference");
    }

    /** A first-class callable {@code f(...)}. */
    public static Object functionValue(Context ctx, String name) {
        PhpFunction f = ctx.findFunction(name);
        if (f == null) f = phpgoc.runtime.ext.Builtins.function(name.toLowerCase(java.util.Locale.ROOT));
        if (f == null) throw new PhpError("Error", "Call to undefined function " + name + "()");
        return Closure.of(ctx, f, null, null, null);
    }

    /** A first-class callable {@code f(...)} of an unqualified name in a namespace: {@code name}, else {@code global}. */
    public static Object functionValue(Context ctx, String name, String global) {
        PhpFunction f = ctx.findFunction(name);
        return f != null ? Closure.of(ctx, f, null, null, null) : functionValue(ctx, global);
    }

    /**
     * An unqualified constant in a namespace: {@code name} ({@code A\B\X}) if defined, else the
     * global {@code global} ({@code X}); php's Error names the namespaced constant.
     */
    public static Object constant(Context ctx, String name, String global) {
        Object v = ctx.userConstant(name);
        if (v != Values.UNDEF) return v;
        v = ctx.userConstant(global);
        if (v != Values.UNDEF) return v;
        v = phpgoc.runtime.ext.Constants.get(global);
        if (v != Values.UNDEF) return v;
        v = phpgoc.runtime.ext.standard.Streams.stdConstant(ctx, global);
        if (v != null) return v;
        throw new PhpError("Error", "Undefined constant \"" + name + "\"");
    }

    /** A constant read at run time: user constants, then builtin ones; Error if undefined. */
    public static Object constant(Context ctx, String name) { return constant(ctx, name, null, null, false); }

    /**
     * {@code constant(name)} called from code of class {@code scope} whose {@code $this} or called
     * class is {@code thisOrStatic}: {@code self::}, {@code parent::} and {@code static::} name
     * classes relative to it, and its private and protected constants are visible.
     */
    public static Object constant(Context ctx, String name, ClassTemplate scope, Object thisOrStatic) {
        return constant(ctx, name, scope, thisOrStatic, true);
    }

    private static Object constant(Context ctx, String name, ClassTemplate scope, Object thisOrStatic, boolean scoped) {
        Object v = ctx.userConstant(name);
        if (v != Values.UNDEF) return v;
        v = phpgoc.runtime.ext.Constants.get(name);
        if (v != Values.UNDEF) return v;
        v = phpgoc.runtime.ext.standard.Streams.stdConstant(ctx, name);
        if (v != null) return v;
        if (name.startsWith("\\")) return constant(ctx, name.substring(1), scope, thisOrStatic, scoped);
        int sep = name.indexOf("::");
        if (sep > 0) {
            String cn = name.substring(0, sep);
            PhpClass self = scoped ? (scope == null ? null : ctx.classOf(scope)) : Traits.callerClass(ctx);
            PhpClass c = switch (cn.toLowerCase(java.util.Locale.ROOT)) {
                case "self" -> self;
                case "parent" -> self == null ? null : self.parent;
                case "static" -> thisOrStatic == null ? self : Classes.called(thisOrStatic);
                default -> ctx.findClass(cn);
            };
            if (c == null && (cn.equalsIgnoreCase("self") || cn.equalsIgnoreCase("static") || cn.equalsIgnoreCase("parent"))) {
                throw new PhpError("Error", self == null ? "Cannot access \"" + cn.toLowerCase(java.util.Locale.ROOT)
                        + "\" when no class scope is active" : "Cannot access \"parent\" when current class scope has no parent");
            }
            if (c == null) throw new PhpError("Error", "Class \"" + cn + "\" not found");
            return ObjectOps.classConstant(ctx, c, name.substring(sep + 2), scoped ? scope : null);
        }
        throw new PhpError("Error", "Undefined constant \"" + name + "\"");
    }

    public static boolean define(Context ctx, Object name, Object value) {
        String n = Convert.toStr(name);
        if (n.contains("::")) throw new PhpError("ValueError", "define(): Argument #1 ($constant_name) cannot be a class constant");
        if (phpgoc.runtime.ext.Constants.exists(n)) {
            ctx.warning("Constant " + n + " already defined");
            return false;
        }
        return ctx.defineConstant(n, value);
    }

    public static boolean defined(Context ctx, Object name) {
        String n = Convert.toStr(name);
        if (n.startsWith("\\")) n = n.substring(1);
        int sep = n.indexOf("::");
        if (sep > 0) {
            PhpClass c = ctx.loadClass(n.substring(0, sep));
            return c != null && c.constants.containsKey(n.substring(sep + 2));
        }
        return ctx.userConstant(n) != Values.UNDEF || phpgoc.runtime.ext.Constants.exists(n)
                || phpgoc.runtime.ext.standard.Streams.stdConstant(ctx, n) != null;
    }

    public static boolean functionExists(Context ctx, Object name) {
        String n = Convert.toStr(name);
        if (n.startsWith("\\")) n = n.substring(1);
        return ctx.findFunction(n) != null || phpgoc.runtime.ext.Builtins.exists(n.toLowerCase(java.util.Locale.ROOT));
    }

    // ---- misc

    /** {@code exit(status)}: a string is printed and the status is 0. */
    public static ExitException exit(Context ctx, Object status) {
        if (status instanceof Long l) return new ExitException((int) (long) l);
        if (status != null) ctx.echo(status);
        return new ExitException(0);
    }

    public static int silenceBegin(Context ctx) { return Errors.silenceBegin(ctx); }

    public static void silenceEnd(Context ctx, int old) { Errors.silenceEnd(ctx, old); }

    public static PhpError unhandledMatch(Object v) {
        String repr;
        if (v == null) repr = "NULL";
        else if (v instanceof Boolean b) repr = b ? "true" : "false";
        else if (v instanceof Long l) repr = l.toString();
        else if (v instanceof Double d) repr = Convert.doubleRepr(d);
        else if (Values.isString(v)) repr = "'" + Convert.toStr(v).replace("\\", "\\\\").replace("'", "\\'") + "'";
        else repr = "of type " + Values.typeName(v);
        return new PhpError("UnhandledMatchError", "Unhandled match case " + repr);
    }

    public static Object print(Context ctx, Object v) {
        ctx.echo(v);
        return 1L;
    }

    public static Object[] args0() { return EMPTY; }

    private static final Object[] EMPTY = new Object[0];
}
