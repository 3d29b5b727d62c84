package phpgoc.runtime;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Expected messages are php -n 8.2's. */
class AccessTest {
    private static void throwsPhp(String cls, String msg, Executable e) {
        PhpError err = assertThrows(PhpError.class, e);
        assertEquals(cls, err.phpClass);
        assertEquals(msg, err.getMessage());
    }

    @Test void dimGet_missingKeysWarn() {
        try (Diag d = new Diag()) {
            PhpArray a = new PhpArray();
            assertNull(Access.dimGet(a, "x"));
            assertEquals("Warning: Undefined array key \"x\"", d.take());
            assertNull(Access.dimGet(a, 5L));
            assertEquals("Warning: Undefined array key 5", d.take());
            assertNull(Access.dimGet(a, "5"));
            assertEquals("Warning: Undefined array key 5", d.take());
        }
    }

    @Test void dimGet_onScalarsWarns() {
        try (Diag d = new Diag()) {
            assertNull(Access.dimGet(null, 5L));
            assertEquals("Warning: Trying to access array offset on value of type null", d.take());
            assertNull(Access.dimGet(true, 5L));
            assertEquals("Warning: Trying to access array offset on value of type bool", d.take());
            assertNull(Access.dimGet(1L, 5L));
            assertEquals("Warning: Trying to access array offset on value of type int", d.take());
            assertNull(Access.dimGet(1.5, 5L));
            assertEquals("Warning: Trying to access array offset on value of type float", d.take());
        }
    }

    @Test void dimGet_stringOffsets() {
        try (Diag d = new Diag()) {
            assertEquals("a", Access.dimGet("abc", 0L));
            assertEquals("c", Access.dimGet("abc", -1L));
            assertEquals("b", Access.dimGet("abc", "1"));
            assertEquals("b", Access.dimGet("abc", " 1"));
            assertEquals("", d.take());
            assertEquals("b", Access.dimGet("abc", 1.7));
            assertEquals("Warning: String offset cast occurred", d.take());
            assertEquals("b", Access.dimGet("abc", true));
            assertEquals("Warning: String offset cast occurred", d.take());
            assertEquals("", Access.dimGet("abc", 10L));
            assertEquals("Warning: Uninitialized string offset 10", d.take());
            assertEquals("", Access.dimGet("abc", -10L));
            assertEquals("Warning: Uninitialized string offset -10", d.take());
            assertEquals("b", Access.dimGet("abc", "1x"));
            assertEquals("Warning: Illegal string offset \"1x\"", d.take());
            assertEquals("b", Access.dimGet(ConcatString.of("abc"), 1L));
            Object cs = Concat.append(Concat.append("", "xy"), "z"); // a .= result, read in place
            assertEquals("z", Access.dimGet(cs, -1L));
            assertEquals("y", Access.dimGetQuiet(cs, "1"));
            assertNull(Access.dimGetQuiet(cs, 3L));
            assertTrue(Access.dimIsset(cs, 2L));
            assertFalse(Access.dimIsset(cs, 3L));
            assertEquals("", Access.dimGet(cs, 5L));
            assertEquals("Warning: Uninitialized string offset 5", d.take());
        }
        throwsPhp("TypeError", "Cannot access offset of type string on string", () -> Access.dimGet("abc", "x"));
        throwsPhp("TypeError", "Cannot access offset of type string on string", () -> Access.dimGet("abc", "1.0"));
        throwsPhp("TypeError", "Cannot access offset of type array on string", () -> Access.dimGet("abc", new PhpArray()));
    }

    @Test void dimGet_illegalKey() {
        throwsPhp("TypeError", "Illegal offset type", () -> Access.dimGet(new PhpArray(), new PhpArray()));
        throwsPhp("TypeError", "Illegal offset type", () -> Access.dimGetQuiet(new PhpArray(), new PhpArray()));
        throwsPhp("TypeError", "Illegal offset type in isset or empty", () -> Access.dimIsset(new PhpArray(), new PhpArray()));
        throwsPhp("TypeError", "Illegal offset type in unset", () -> Access.unsetDim(new PhpArray(), new PhpArray()));
        throwsPhp("TypeError", "Illegal offset type", () -> Access.assignDim(new PhpArray(), new PhpArray(), 1L));
    }

    @Test void dimGetQuiet_noWarnings() {
        try (Diag d = new Diag()) {
            assertNull(Access.dimGetQuiet(new PhpArray(), "x"));
            assertNull(Access.dimGetQuiet(null, 1L));
            assertNull(Access.dimGetQuiet("abc", "x"));
            assertNull(Access.dimGetQuiet("abc", 10L));
            assertEquals("b", Access.dimGetQuiet("abc", 1.5));
            assertEquals("", d.take());
        }
    }

    @Test void dimIsset_values() {
        PhpArray a = new PhpArray();
        a.put("n", (Object) null);
        a.put("v", 0L);
        assertFalse(Access.dimIsset(a, "n"));
        assertTrue(Access.dimIsset(a, "v"));
        assertFalse(Access.dimIsset(a, "w"));
        assertTrue(Access.dimIsset("abc", "1"));
        assertFalse(Access.dimIsset("abc", "1x"));
        assertTrue(Access.dimIsset("abc", -1L));
        assertFalse(Access.dimIsset("abc", 5L));
        assertTrue(Access.dimIsset("abc", " 1"));
        assertFalse(Access.dimIsset("abc", "1.0"));
        assertTrue(Access.dimIsset("abc", true));
        assertTrue(Access.dimIsset("abc", null));
        assertFalse(Access.dimIsset("abc", "x"));
        assertFalse(Access.dimIsset(1L, 0L));
    }

    @Test void assignDim_autovivifies() {
        Object v = Access.assignDim(null, Values.UNDEF, 1L);
        assertEquals(1L, ((PhpArray) v).lookup(0));
        try (Diag d = new Diag()) {
            Object f = Access.assignDim(false, Values.UNDEF, 1L);
            assertEquals(1, ((PhpArray) f).size());
            assertEquals("Deprecated: Automatic conversion of false to array is deprecated", d.take());
        }
        throwsPhp("Error", "Cannot use a scalar value as an array", () -> Access.assignDim(true, Values.UNDEF, 1L));
        throwsPhp("Error", "Cannot use a scalar value as an array", () -> Access.assignDim(1L, 0L, 1L));
    }

    @Test void assignDim_stringOffsets() {
        assertEquals("   x", Access.assignDim("", 3L, "x"));
        assertEquals("abZ", Access.assignDim("abc", -1L, "Z"));
        assertEquals("aZc", Access.assignDim("abc", "1", "Z"));
        assertEquals("a5c", Access.assignDim("abc", 1L, 5L));
        try (Diag d = new Diag()) {
            assertEquals("abc  x", Access.assignDim("abc", 5L, "xyz"));
            assertEquals("Warning: Only the first byte will be assigned to the string offset", d.take());
            assertEquals("abc", Access.assignDim("abc", -5L, "Z"));
            assertEquals("Warning: Illegal string offset -5", d.take());
            assertEquals("aQc", Access.assignDim("abc", "1x", "Q"));
            assertEquals("Warning: Illegal string offset \"1x\"", d.take());
            assertEquals("aQc", Access.assignDim("abc", 1.5, "Q"));
            assertEquals("Warning: String offset cast occurred", d.take());
        }
        throwsPhp("Error", "[] operator not supported for strings", () -> Access.assignDim("", Values.UNDEF, 1L));
        throwsPhp("Error", "Cannot assign an empty string to a string offset", () -> Access.assignDim("abc", 1L, ""));
        throwsPhp("TypeError", "Cannot access offset of type string on string", () -> Access.assignDim("abc", "x", "Z"));
    }

    @Test void assignDim_copyOnWrite() {
        PhpArray a = PhpArray.of(1L);
        PhpArray b = a.copy();
        Access.assignDim(b, 0L, 2L);
        assertEquals(1L, a.lookup(0));
        assertEquals(2L, b.lookup(0));
    }

    @Test void assignDim_throughRef() {
        Ref r = new Ref(null);
        assertSame(r, Access.assignDim(r, "k", 1L));
        assertEquals(1L, ((PhpArray) r.value).lookup("k"));
    }

    @Test void childForWrite_nestedWrites() {
        PhpArray a = new PhpArray();
        Access.childForWrite(Access.childForWrite(a, "x"), Values.UNDEF).put("y", 1L);
        PhpArray x = (PhpArray) a.lookup("x");
        assertEquals(1L, ((PhpArray) x.lookup(0)).lookup("y"));
        PhpArray snapshot = a.copy();
        Access.childForWrite(a, "x").append(2L);
        assertEquals(1, ((PhpArray) snapshot.lookup("x")).size());
        assertEquals(2, ((PhpArray) a.lookup("x")).size());
        throwsPhp("Error", "Cannot use a scalar value as an array", () -> {
            PhpArray b = new PhpArray();
            b.put("i", 1L);
            Access.childForWrite(b, "i");
        });
    }

    @Test void childForWrite_throughRefElement() {
        PhpArray a = new PhpArray();
        Ref r = a.refAt("x");
        Access.childForWrite(a, "x").put("k", 1L);
        assertEquals(1L, ((PhpArray) r.value).lookup("k"));
    }

    @Test void dimGetForUpdate_warnsOnMissing() {
        try (Diag d = new Diag()) {
            assertNull(Access.dimGetForUpdate(new PhpArray(), "y"));
            assertEquals("Warning: Undefined array key \"y\"", d.take());
            assertNull(Access.dimGetForUpdate(new PhpArray(), Values.UNDEF));
            assertEquals("", d.take());
        }
    }

    @Test void dimRef_createsAndShares() {
        PhpArray a = new PhpArray();
        Ref r = Access.dimRef(a, "k");
        r.value = 3L;
        assertEquals(3L, a.lookup("k"));
        Ref n = Access.dimRef(a, Values.UNDEF);
        n.value = 4L;
        assertEquals(4L, a.lookup(0));
    }

    @Test void unsetDim_rules() {
        PhpArray a = PhpArray.of(1L, 2L);
        Access.unsetDim(a, 0L);
        assertEquals(1, a.size());
        Access.unsetDim(null, 0L);
        try (Diag d = new Diag()) {
            Access.unsetDim(false, 0L);
            assertEquals("Deprecated: Automatic conversion of false to array is deprecated", d.take());
        }
        throwsPhp("Error", "Cannot unset string offsets", () -> Access.unsetDim("abc", 0L));
        throwsPhp("Error", "Cannot unset offset in a non-array variable", () -> Access.unsetDim(1L, 0L));
        throwsPhp("Error", "Cannot unset offset in a non-array variable", () -> Access.unsetDim(true, 0L));
    }

    @Test void dimForUnset_doesNotCreate() {
        PhpArray a = new PhpArray();
        assertNull(Access.dimForUnset(a, "x"));
        assertEquals(0, a.size());
        PhpArray inner = PhpArray.of(1L, 2L);
        a.put("in", inner);
        PhpArray snapshot = a.copy();
        Access.unsetDim(Access.dimForUnset(a, "in"), 0L);
        assertEquals(1, ((PhpArray) a.lookup("in")).size());
        assertEquals(2, ((PhpArray) snapshot.lookup("in")).size());
    }
}
