package phpgoc.runtime.ext.spl;

import phpgoc.runtime.ClassTemplate;

/** SPL's built-in classes by lower-case name, for the engine's class lookup. */
public final class SplClasses {
    private SplClasses() {}

    /** The template of built-in class {@code lower}, or null. */
    public static ClassTemplate template(String lower) {
        ClassTemplate t = SplArrays.template(lower);
        if (t == null) t = SplObjectStorages.template(lower);
        if (t == null) t = SplLists.template(lower);
        if (t == null) t = SplFixedArrays.template(lower);
        if (t == null) t = SplHeaps.template(lower);
        if (t == null) t = SplIterators.template(lower);
        if (t == null) t = SplRecursive.template(lower);
        return t;
    }
}
