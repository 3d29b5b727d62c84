package phpgoc.runtime;

import java.util.concurrent.ConcurrentHashMap;

/**
 * What null becomes when passed to a library function's scalar parameter (with the 8.1
 * deprecation): php's traces show the coerced value ({@code str_pad('x', 3, '')}), since php
 * converts the argument in place. Learned from {@link Args} when it coerces; it is a fact about
 * the function's signature, the same for every context, so one shared table serves all.
 */
final class NullCoercions {
    private NullCoercions() {}

    private static final ConcurrentHashMap<String, Object> BY_FUNCTION_ARG = new ConcurrentHashMap<>();

    static void learn(String fn, int argNo, String type) {
        Object v = switch (type) {
            case "string", "array|string" -> "";
            case "int", "int|float" -> 0L;
            case "float" -> 0.0;
            case "bool" -> Boolean.FALSE;
            default -> null;
        };
        if (v != null) BY_FUNCTION_ARG.putIfAbsent(fn + "#" + argNo, v);
    }

    /** The value php's trace shows for a null argument {@code argNo} (1-based) of {@code fn}. */
    static Object coerced(String fn, int argNo) {
        return BY_FUNCTION_ARG.get(fn + "#" + argNo);
    }
}
