package phpgoc.runtime;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Typed statics' checks on their Ref; expected messages are php -n 8.2's. */
class StaticPropsTest {
    private static void throwsPhp(String cls, String msg, Executable e) {
        PhpError err = assertThrows(PhpError.class, e);
        assertEquals(cls, err.phpClass);
        assertEquals(msg, err.getMessage());
    }

    private static Ref intStatic(Object value) {
        Ref r = new Ref(value);
        r.typed = new StaticProps.Typed(new PropTypes.PropType(TypeCheck.INT, "int", "int"), "T", "s");
        return r;
    }

    @Test void untypedTakesAnything() {
        Ref r = new Ref(1L);
        assertEquals("x", StaticProps.assign(r, "x", true));
        assertEquals("x", r.value);
        assertNull(StaticProps.read(new Ref()));
    }

    @Test void weakCoercesStrictRejects() {
        Ref r = intStatic(1L);
        assertEquals(5L, StaticProps.assign(r, "5", false));
        assertEquals(5L, r.value);
        throwsPhp("TypeError", "Cannot assign string to property T::$s of type int", () -> StaticProps.assign(r, "5", true));
        throwsPhp("TypeError", "Cannot assign string to property T::$s of type int", () -> StaticProps.assign(r, "x", false));
        assertEquals(5L, r.value);
    }

    @Test void uninitialisedReadThrows() {
        Ref r = intStatic(Values.UNDEF);
        throwsPhp("Error", "Typed static property T::$s must not be accessed before initialization", () -> StaticProps.read(r));
        throwsPhp("Error", "Cannot access uninitialized non-nullable property T::$s by reference", () -> StaticProps.forRef(r));
    }

    @Test void incDecMayNotOverflow() {
        Ref r = intStatic(Long.MAX_VALUE);
        throwsPhp("TypeError", "Cannot increment property T::$s of type int past its maximal value",
                () -> StaticProps.incDec(r, (double) Long.MAX_VALUE + 1, Long.MAX_VALUE, true, false));
        assertEquals(Long.MAX_VALUE, r.value);
    }

    @Test void referenceChecksWithReferenceMessages() {
        Ref r = StaticProps.forRef(intStatic(1L));
        assertEquals(7L, r.set("7"));
        throwsPhp("TypeError", "Cannot assign string to reference held by property T::$s of type int", () -> r.set("x"));
        throwsPhp("TypeError", "Cannot assign string to reference held by property T::$s of type int", () -> r.setStrict("7"));
        // a direct assignment still reports the property, compound ones the reference (as php)
        throwsPhp("TypeError", "Cannot assign string to property T::$s of type int", () -> StaticProps.assign(r, "x", false));
        throwsPhp("TypeError", "Cannot assign string to reference held by property T::$s of type int",
                () -> StaticProps.assignOp(r, "x", false));
        throwsPhp("TypeError", "Cannot decrement a reference held by property T::$s of type int past its minimal value",
                () -> StaticProps.refIncDec(intStaticRef(Long.MIN_VALUE), (double) Long.MIN_VALUE - 1, Long.MIN_VALUE, false));
    }

    private static Ref intStaticRef(long v) { return StaticProps.forRef(intStatic(v)); }

    @Test void noArrayAutoInitialisation() {
        throwsPhp("TypeError", "Cannot auto-initialize an array inside property T::$s of type int",
                () -> StaticProps.arrayForWrite(intStatic(null)));
        Ref plain = new Ref(null);
        PhpArray a = StaticProps.arrayForWrite(plain);
        assertSame(a, plain.value);
    }
}
