package phpgoc.compiler.emit;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * A JVM method that generated code calls, resolved from the real class by reflection when the
 * compiler initialises, so descriptors are never written by hand.
 */
public record Call(int opcode, String owner, String name, String desc, boolean itf, Type returnType) {

    public static Call of(Class<?> owner, String name, Class<?>... params) {
        Method m;
        try {
            m = owner.getMethod(name, params);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("runtime entry point missing: " + owner.getName() + "." + name, e);
        }
        return of(m);
    }

    public static Call of(Method m) {
        Class<?> owner = m.getDeclaringClass();
        int op = Modifier.isStatic(m.getModifiers()) ? Opcodes.INVOKESTATIC
                : owner.isInterface() ? Opcodes.INVOKEINTERFACE : Opcodes.INVOKEVIRTUAL;
        return new Call(op, Type.getInternalName(owner), m.getName(), Type.getMethodDescriptor(m),
                owner.isInterface(), Type.getReturnType(m));
    }

    public static Call ctor(Class<?> owner, Class<?>... params) {
        Constructor<?> c;
        try {
            c = owner.getConstructor(params);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("runtime constructor missing: " + owner.getName(), e);
        }
        return new Call(Opcodes.INVOKESPECIAL, Type.getInternalName(owner), "<init>",
                Type.getConstructorDescriptor(c), false, Type.VOID_TYPE);
    }
}
