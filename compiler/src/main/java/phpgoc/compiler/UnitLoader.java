package phpgoc.compiler;

import java.lang.reflect.InvocationTargetException;
import phpgoc.runtime.CompiledUnit;

/**
 * Defines one generated class. Each compiled PHP file gets its own small loader, so a unit can be
 * collected once no context or cache refers to it, and two compilations of the same file never clash.
 */
final class UnitLoader extends ClassLoader {
    private UnitLoader(ClassLoader parent) {
        super("phpgoc-unit", parent);
    }

    /** Defines {@code code} (its name comes from the class file) and instantiates it. */
    static CompiledUnit load(byte[] code) {
        UnitLoader loader = new UnitLoader(CompiledUnit.class.getClassLoader());
        Class<?> c = loader.defineClass(null, code, 0, code.length);
        return instantiate(c);
    }

    /**
     * A generated class's instance: its {@code public static final INSTANCE} field when it has one
     * (the instance its own functions and closures refer to), else a new one.
     */
    static CompiledUnit instantiate(Class<?> c) {
        try {
            try {
                if (c.getField("INSTANCE").get(null) instanceof CompiledUnit u) return u;
            } catch (NoSuchFieldException e) {
                // a unit without the field: construct one
            }
            return (CompiledUnit) c.getDeclaredConstructor().newInstance();
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException("initialising " + c.getName(), cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("instantiating " + c.getName(), e);
        }
    }
}
