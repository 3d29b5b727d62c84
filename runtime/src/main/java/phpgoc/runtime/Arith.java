package phpgoc.runtime;

/** Arithmetic operators with PHP 8 semantics: int overflow to float, numeric strings, TypeErrors. */
public final class Arith {
    private Arith() {}
    public static Object add(Object a, Object b) { throw Convert.todo(); }
    public static Object sub(Object a, Object b) { throw Convert.todo(); }
    public static Object mul(Object a, Object b) { throw Convert.todo(); }
    public static Object div(Object a, Object b) { throw Convert.todo(); }
    public static Object mod(Object a, Object b) { throw Convert.todo(); }
    public static Object pow(Object a, Object b) { throw Convert.todo(); }
    /** Unary minus. */
    public static Object neg(Object a) { throw Convert.todo(); }
    /** Unary plus. */
    public static Object plus(Object a) { throw Convert.todo(); }
    /** {@code ++}: ints overflow to float, null becomes 1, strings increment alphanumerically. */
    public static Object inc(Object a) { throw Convert.todo(); }
    /** {@code --}: null stays null. */
    public static Object dec(Object a) { throw Convert.todo(); }
}
