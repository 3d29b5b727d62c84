package phpgoc.ast;

/** Bit flags for class member and class modifiers. */
public final class Modifiers {
    public static final int PUBLIC = 1, PROTECTED = 2, PRIVATE = 4, STATIC = 8,
            ABSTRACT = 16, FINAL = 32, READONLY = 64;
    private Modifiers() {}
    public static boolean has(int mods, int flag) { return (mods & flag) != 0; }
}
