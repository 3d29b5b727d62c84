package phpgoc.runtime;

/**
 * Inheritance rules php checks when a class is linked to its parent, beyond those in
 * {@link Classes}: readonly classes, final constants, property types.
 */
final class LinkChecks {
    private LinkChecks() {}

    static void check(ClassTemplate tpl, PhpClass parent) {
        if (parent == null) return;
        boolean ro = (tpl.flags & ClassTemplate.READONLY) != 0, parentRo = (parent.tpl.flags & ClassTemplate.READONLY) != 0;
        if (ro != parentRo) {
            throw fatal(tpl, (ro ? "Readonly" : "Non-readonly") + " class " + tpl.name + " cannot extend "
                    + (parentRo ? "readonly" : "non-readonly") + " class " + parent.name);
        }
        for (ClassTemplate.Member c : tpl.constants) {
            PhpClass.ConstSlot old = parent.constants.get(c.name());
            if (old != null && (old.flags & ClassTemplate.FINAL) != 0) {
                throw fatal(tpl, tpl.name + "::" + c.name() + " cannot override final constant " + old.declaring.name + "::" + c.name());
            }
        }
        for (ClassTemplate.Member m : tpl.props) {
            PhpClass.PropInfo old = parent.props.get(m.name());
            if (old == null || old.isPrivate()) continue;
            propTypeInvariant(tpl, m, old.isTyped(), PropTypes.of(old), old.declaring());
        }
        for (ClassTemplate.Member m : tpl.statics) {
            PhpClass.StaticSlot old = parent.statics.get(m.name());
            if (old == null || (old.flags & ClassTemplate.PRIVATE) != 0) continue;
            boolean wasTyped = (old.flags & ClassTemplate.TYPED) != 0;
            propTypeInvariant(tpl, m, wasTyped, wasTyped ? old.src.propTypes.get(m.name()) : null, old.declaring);
        }
    }

    /** A redeclared property keeps its parent's type (php's fatal otherwise); {@code want} null for mixed. */
    private static void propTypeInvariant(ClassTemplate tpl, ClassTemplate.Member m, boolean wasTyped, PropTypes.PropType want,
            PhpClass declaring) {
        boolean typed = (m.flags() & ClassTemplate.TYPED) != 0;
        if (typed && !wasTyped) {
            throw fatal(tpl, "Type of " + tpl.name + "::$" + m.name() + " must not be defined (as in class " + declaring.name + ")");
        }
        PropTypes.PropType have = tpl.propTypes.get(m.name());
        if (wasTyped && (!typed || want != null && (have == null || !want.name().equals(have.name())))) {
            throw fatal(tpl, "Type of " + tpl.name + "::$" + m.name() + " must be " + (want == null ? "mixed" : want.name())
                    + " (as in class " + declaring.name + ")");
        }
    }

    private static FatalError fatal(ClassTemplate tpl, String msg) {
        return new FatalError("Fatal error", msg, tpl.file, tpl.line);
    }
}
