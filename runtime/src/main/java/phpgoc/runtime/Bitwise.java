package phpgoc.runtime;

/** Bitwise operators (also on byte strings for & | ^ ~). */
public final class Bitwise {
    private Bitwise() {}
    public static Object and(Object a, Object b) { throw Convert.todo(); }
    public static Object or(Object a, Object b) { throw Convert.todo(); }
    public static Object xor(Object a, Object b) { throw Convert.todo(); }
    public static Object not(Object a) { throw Convert.todo(); }
    public static Object shl(Object a, Object b) { throw Convert.todo(); }
    public static Object shr(Object a, Object b) { throw Convert.todo(); }
}
