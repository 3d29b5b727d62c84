package phpgoc.compiler.emit;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.objectweb.asm.Type;

/** A JVM field that generated code reads or writes, resolved by reflection. */
public record FieldRef(String owner, String name, String desc, boolean isStatic) {
    public static FieldRef of(Class<?> owner, String name) {
        Field f;
        try {
            f = owner.getField(name);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("runtime field missing: " + owner.getName() + "." + name, e);
        }
        return new FieldRef(Type.getInternalName(owner), name, Type.getDescriptor(f.getType()),
                Modifier.isStatic(f.getModifiers()));
    }
}
