package phpgoc.runtime;

/**
 * A PHP object. Declared properties are fields of a generated subclass (a layout class, see
 * {@link LayoutLoader}), numbered by slot across the inheritance chain ({@link #getSlot}); dynamic
 * properties live in {@link #dyn}. Objects are handles: assignment shares them.
 */
public class PhpObject {
    public final PhpClass cls;
    /** spl_object_id: per context, in creation order. */
    public int id;
    /** Dynamic properties (name -> value), created on the first one. */
    public PhpArray dyn;
    /** Magic-method recursion guards on (kind + property name), see {@link Magic}; null until one runs. */
    java.util.Set<String> guards;

    public PhpObject(PhpClass cls) { this.cls = cls; }

    /** The value of declared property slot {@code i} (UNDEF when unset or uninitialised). Layouts override. */
    public Object getSlot(int i) { throw new IndexOutOfBoundsException("slot " + i); }

    public void setSlot(int i, Object v) { throw new IndexOutOfBoundsException("slot " + i); }

    @Override public String toString() { return "object(" + cls.name + ")#" + id; }
}
