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

    /** The tentative return types of internal interfaces' methods, as php's deprecation shows them. */
    private static final java.util.Map<String, String> TENTATIVE = java.util.Map.ofEntries(
            java.util.Map.entry("iterator::current", "Iterator::current(): mixed"),
            java.util.Map.entry("iterator::next", "Iterator::next(): void"),
            java.util.Map.entry("iterator::key", "Iterator::key(): mixed"),
            java.util.Map.entry("iterator::valid", "Iterator::valid(): bool"),
            java.util.Map.entry("iterator::rewind", "Iterator::rewind(): void"),
            java.util.Map.entry("iteratoraggregate::getiterator", "IteratorAggregate::getIterator(): Traversable"),
            java.util.Map.entry("arrayaccess::offsetexists", "ArrayAccess::offsetExists(mixed $offset): bool"),
            java.util.Map.entry("arrayaccess::offsetget", "ArrayAccess::offsetGet(mixed $offset): mixed"),
            java.util.Map.entry("arrayaccess::offsetset", "ArrayAccess::offsetSet(mixed $offset, mixed $value): void"),
            java.util.Map.entry("arrayaccess::offsetunset", "ArrayAccess::offsetUnset(mixed $offset): void"),
            java.util.Map.entry("countable::count", "Countable::count(): int"),
            java.util.Map.entry("jsonserializable::jsonserialize", "JsonSerializable::jsonSerialize(): mixed"),
            java.util.Map.entry("seekableiterator::seek", "SeekableIterator::seek(int $offset): void"),
            java.util.Map.entry("outeriterator::getinneriterator", "OuterIterator::getInnerIterator(): ?Iterator"),
            java.util.Map.entry("recursiveiterator::haschildren", "RecursiveIterator::hasChildren(): bool"),
            java.util.Map.entry("recursiveiterator::getchildren", "RecursiveIterator::getChildren(): ?RecursiveIterator"));

    /**
     * php 8.1+'s deprecations when a class implements internal interfaces itself: a method without
     * a return type where the interface's has a tentative one (unless #[ReturnTypeWillChange]),
     * and Serializable without __serialize/__unserialize. Interfaces come from the class's own
     * list (with the interfaces they extend), in that order.
     */
    static void internalInterfaces(Context ctx, PhpClass c) {
        if (c.tpl.kind != ClassTemplate.KIND_CLASS || c.tpl.interfaces.length == 0) return;
        java.util.LinkedHashSet<PhpClass> own = new java.util.LinkedHashSet<>();
        for (String n : c.tpl.interfaces) {
            PhpClass i = ctx.findClass(n);
            if (i == null) continue;
            own.add(i);
            own.addAll(i.interfaces);
        }
        for (PhpClass i : own) {
            for (MethodInfo im : i.tpl.methods) {
                String want = TENTATIVE.get(Classes.key(i.name) + "::" + im.name.toLowerCase(java.util.Locale.ROOT));
                MethodInfo m = c.findMethod(im.name);
                if (want == null || m == null || m.declaring != c.tpl || m.signature == null
                        || (m.flags & ClassTemplate.RETURN_TYPE_WILL_CHANGE) != 0) continue;
                Signatures.Sig sig = Signatures.parse(m.signature);
                if (!sig.ret().isEmpty()) continue;
                Errors.raise(ctx, Context.E_DEPRECATED, "Return type of " + Signatures.display(m, sig)
                        + " should either be compatible with " + want + ", or the #[\\ReturnTypeWillChange] attribute"
                        + " should be used to temporarily suppress the notice", c.tpl.file, sig.line());
            }
            if (i.name.equals("Serializable") && (c.tpl.flags & ClassTemplate.ABSTRACT) == 0
                    && (c.findMethod("__serialize") == null || c.findMethod("__unserialize") == null)) {
                Errors.raise(ctx, Context.E_DEPRECATED, c.name + " implements the Serializable interface, which is"
                        + " deprecated. Implement __serialize() and __unserialize() instead (or in addition, if support"
                        + " for old PHP versions is necessary)", c.tpl.file, c.tpl.line);
            }
        }
    }
}
