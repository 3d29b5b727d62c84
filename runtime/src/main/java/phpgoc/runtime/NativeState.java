package phpgoc.runtime;

import java.util.List;

/**
 * The Java-side state of an instance of a built-in class (ArrayObject's storage, SplObjectStorage's
 * entries, a doubly linked list), held in {@link PhpObject#internal}. What the engine asks of it:
 * a copy for {@code clone}, what var_dump and print_r show after the properties (php's
 * get_debug_info), the property table that casts and encoders see instead of the properties
 * (php's get_properties), and whether undeclared property names are offsets (ARRAY_AS_PROPS).
 */
public interface NativeState {
    /** The state of a clone. */
    NativeState copy();

    /** Adds what var_dump and print_r show after the object's properties. */
    default void debugProperties(List<ObjectOps.Property> out) {}

    /** The array {@code (array)}, json_encode and var_export see instead of the properties, or null. */
    default PhpArray propertyTable() { return null; }

    /**
     * Whether {@link #propertyTable} comes after the object's own properties instead of replacing
     * them (a DateTime subclass's properties, then date/timezone_type/timezone).
     */
    default boolean tableAfterProperties() { return false; }

    /**
     * How {@code ==} and {@code <=>} order two objects of one built-in class before their properties
     * are compared ({@code other} has this state's class); 0 when only the properties decide.
     */
    default int compareTo(NativeState other) { return 0; }

    /**
     * Whether {@link #compareTo} alone decides {@code ==} and {@code <=>} between objects of different
     * classes holding this kind of state (DateTime against DateTimeImmutable, or a subclass).
     */
    default boolean comparesAcrossClasses() { return false; }

    /** The object is being destroyed (its destructor time: unset, end of script); e.g. a Fiber unwinds. */
    default void destruct(Context ctx) {}

    /** Whether a property name the object does not have reads and writes an offset ({@code ArrayObject::ARRAY_AS_PROPS}). */
    default boolean propertiesAreOffsets() { return false; }
}
