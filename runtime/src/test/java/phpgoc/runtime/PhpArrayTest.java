package phpgoc.runtime;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhpArrayTest {
    private static List<Object> keys(PhpArray a) {
        List<Object> r = new ArrayList<>();
        for (int p = a.firstPos(); p >= 0; p = a.nextPos(p)) r.add(a.keyAt(p));
        return r;
    }

    private static List<Object> values(PhpArray a) {
        List<Object> r = new ArrayList<>();
        for (int p = a.firstPos(); p >= 0; p = a.nextPos(p)) r.add(a.valueAt(p));
        return r;
    }

    @Test void append_packedKeysInOrder() {
        PhpArray a = new PhpArray();
        for (long i = 0; i < 100; i++) a.append(i * 2);
        assertEquals(100, a.size());
        assertEquals(198L, a.lookup(99));
        assertEquals(Values.UNDEF, a.lookup(100));
        assertEquals(Values.UNDEF, a.lookup(-1));
        assertEquals(100L, a.nextIndex());
        assertTrue(a.isList());
    }

    @Test void of_buildsList() {
        PhpArray a = PhpArray.of("a", "b");
        assertEquals(List.of(0L, 1L), keys(a));
        assertEquals(2L, a.nextIndex());
    }

    @Test void put_stringKeySwitchesToHashKeepingOrder() {
        PhpArray a = PhpArray.of(1L, 2L);
        a.put("x", (Object) 3L);
        a.put(10L, (Object) 4L);
        a.append(5L);
        assertEquals(List.of(0L, 1L, "x", 10L, 11L), keys(a));
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), values(a));
        assertEquals(3L, a.lookup("x"));
        assertEquals(4L, a.lookup("10"));
        assertFalse(a.isList());
    }

    @Test void put_normalisesKeys() {
        PhpArray a = new PhpArray();
        a.put("8", (Object) 1L);
        a.put("08", (Object) 2L);
        a.put("-5", (Object) 3L);
        a.put("-0", (Object) 4L);
        a.put("9223372036854775808", (Object) 5L);
        a.put(true, (Object) 6L);
        a.put(null, (Object) 7L);
        a.put(" 1", (Object) 8L);
        a.put("-9223372036854775808", (Object) 9L);
        assertEquals(List.of(8L, "08", -5L, "-0", "9223372036854775808", 1L, "", " 1", Long.MIN_VALUE), keys(a));
    }

    @Test void put_overwriteKeepsPosition() {
        PhpArray a = new PhpArray();
        a.put("a", (Object) 1L);
        a.put("b", (Object) 2L);
        a.put("a", (Object) 3L);
        assertEquals(List.of("a", "b"), keys(a));
        assertEquals(List.of(3L, 2L), values(a));
    }

    @Test void remove_thenReinsertGoesToEnd() {
        PhpArray a = new PhpArray();
        a.put("a", (Object) 1L);
        a.put("b", (Object) 2L);
        a.put("c", (Object) 3L);
        a.remove("a");
        a.put("a", (Object) 4L);
        assertEquals(List.of("b", "c", "a"), keys(a));
        assertEquals(3, a.size());
    }

    @Test void remove_fromPackedMiddleLeavesHole() {
        PhpArray a = PhpArray.of(1L, 2L, 3L);
        a.remove(1L);
        assertEquals(List.of(0L, 2L), keys(a));
        assertEquals(Values.UNDEF, a.lookup(1));
        a.put(1L, (Object) 9L); // re-inserted key goes to the end
        assertEquals(List.of(0L, 2L, 1L), keys(a));
    }

    @Test void remove_lastKeepsNextIndex() {
        PhpArray a = PhpArray.of(1L, 2L, 3L);
        a.remove(2L);
        a.append(4L);
        assertEquals(List.of(0L, 1L, 3L), keys(a));
    }

    @Test void remove_missingKeyDoesNotSeparate() {
        PhpArray a = PhpArray.of(1L);
        PhpArray b = a.copy();
        b.remove(5L);
        b.put(0L, (Object) 2L);
        assertEquals(1L, a.lookup(0));
    }

    @Test void manyDeletes_compactAndKeepOrder() {
        PhpArray a = new PhpArray();
        for (int i = 0; i < 1000; i++) a.put("k" + i, (long) i);
        for (int i = 0; i < 1000; i += 2) a.remove("k" + i);
        for (int i = 1000; i < 3000; i++) a.put("k" + i, (long) i);
        assertEquals(2500, a.size());
        List<Object> ks = keys(a);
        assertEquals("k1", ks.get(0));
        assertEquals("k2999", ks.get(ks.size() - 1));
        assertEquals(999L, a.lookup("k999"));
        assertEquals(Values.UNDEF, a.lookup("k998"));
    }

    @Test void nextIndex_rules() {
        PhpArray a = new PhpArray();
        assertEquals(0L, a.nextIndex());
        a.put(-5L, (Object) 1L);
        assertEquals(-4L, a.nextIndex()); // what `php -n` (8.2.36) prints for [-5=>1] + []
        a.put(7L, (Object) 1L);
        a.put(3L, (Object) 1L);
        assertEquals(8L, a.nextIndex());
        PhpArray s = new PhpArray();
        s.put("x", (Object) 1L);
        assertEquals(0L, s.nextIndex());
    }

    @Test void append_afterIntMaxThrows() {
        PhpArray a = new PhpArray();
        a.put(Long.MAX_VALUE, (Object) 1L);
        PhpError e = assertThrows(PhpError.class, () -> a.append(2L));
        assertEquals("Cannot add element to the array as the next element is already occupied", e.getMessage());
        assertFalse(a.tryAppend(2L));
        PhpArray b = new PhpArray();
        b.put(Long.MAX_VALUE - 1, (Object) 1L);
        b.append(2L);
        assertEquals(2L, b.lookup(Long.MAX_VALUE));
    }

    @Test void copy_isolatesBothWays() {
        PhpArray a = PhpArray.of(1L, 2L);
        PhpArray b = a.copy();
        b.put(0L, (Object) 9L);
        assertEquals(1L, a.lookup(0));
        assertEquals(9L, b.lookup(0));
        PhpArray c = a.copy();
        a.append(3L);
        assertEquals(2, c.size());
        assertEquals(3, a.size());
    }

    @Test void copy_nestedArraysIsolated() {
        PhpArray inner = PhpArray.of(1L);
        PhpArray outer = new PhpArray();
        outer.put("in", inner);
        PhpArray copy = outer.copy();
        PhpArray child = Access.childForWrite(copy, "in");
        child.put(0L, (Object) 2L);
        assertEquals(1L, ((PhpArray) outer.lookup("in")).lookup(0));
        assertEquals(2L, ((PhpArray) copy.lookup("in")).lookup(0));
    }

    @Test void refElements_sharedAcrossCopies() {
        PhpArray a = PhpArray.of(1L, 2L);
        Ref r = a.refAt(0L);
        PhpArray b = a.copy();
        b.put(0L, (Object) 5L); // writes through the shared Ref
        assertEquals(5L, a.lookup(0));
        r.value = 7L;
        assertEquals(7L, b.lookup(0));
        b.put(1L, (Object) 8L);
        assertEquals(2L, a.lookup(1));
    }

    @Test void refAt_missingCreatesNull() {
        PhpArray a = new PhpArray();
        Ref r = a.refAt("x");
        assertNull(r.value);
        assertEquals(1, a.size());
        r.value = 3L;
        assertEquals(3L, a.lookup("x"));
        assertSame(r, a.refAt("x"));
    }

    @Test void appendRef_addsNullElement() {
        PhpArray a = new PhpArray();
        Ref r = a.appendRef();
        r.value = "v";
        assertEquals("v", a.lookup(0));
    }

    @Test void iteration_seesElementsAppendedDuringLoop() {
        PhpArray a = PhpArray.of(1L, 2L, 3L);
        int n = 0;
        for (int p = a.firstPos(); p >= 0; p = a.nextPos(p)) {
            Ref r = a.refAtPos(p);
            if ((Long) r.value < 3) a.append((Long) r.value + 10);
            n++;
        }
        assertEquals(5, n);
        assertEquals(List.of(1L, 2L, 3L, 11L, 12L), values(a));
    }

    @Test void iteration_positionsSurviveConversionToHash() {
        PhpArray a = PhpArray.of(1L, 2L, 3L);
        int p = a.firstPos();
        a.put("s", (Object) 4L);
        assertEquals(0L, a.keyAt(p));
        p = a.nextPos(p);
        assertEquals(2L, a.valueAt(p));
    }

    @Test void iteration_skipsRemoved() {
        PhpArray a = PhpArray.of(1L, 2L, 3L);
        int p = a.firstPos();
        a.remove(1L);
        p = a.nextPos(p);
        assertEquals(2L, a.keyAt(p));
        assertEquals(-1, a.nextPos(p));
        assertEquals(p, a.lastPos());
    }

    @Test void remove_fromFrontRepeatedlyIsLinear() {
        PhpArray a = new PhpArray();
        for (long i = 0; i < 200_000; i++) a.append(i);
        long sum = 0;
        while (a.size() > 0) {
            int p = a.firstPos();
            sum += (Long) a.valueAt(p);
            a.remove(a.keyAt(p));
        }
        assertEquals(199999L * 200000 / 2, sum);
        assertEquals(-1, a.firstPos());
        a.append(1L); // next index continues after the removed keys
        assertEquals(List.of(200000L), keys(a));
        a.remove(200000L);
        a.put("s", 2L);
        assertEquals(List.of("s"), keys(a));
    }

    @Test void remove_allThenAppendIsIterable() {
        PhpArray a = PhpArray.of(1L, 2L);
        a.remove(0L);
        a.remove(1L);
        a.put(2L, (Object) 3L);
        assertEquals(List.of(2L), keys(a));
    }

    @Test void bigArray_fillAndSum() {
        // speed is measured by bench/run array_sum, not here
        PhpArray a = new PhpArray();
        for (long i = 0; i < 1_000_000; i++) a.append(i);
        long sum = 0;
        for (long i = 0; i < 1_000_000; i++) sum += (Long) a.lookup(i);
        assertEquals(499999500000L, sum);
        assertEquals(1_000_000, a.size());
        assertEquals(1_000_000L, a.nextIndex());
    }

    @Test void bigHash_lookups() {
        PhpArray a = new PhpArray();
        for (int i = 0; i < 200_000; i++) a.put("key" + i, (long) i);
        for (int i = 0; i < 200_000; i += 7) assertEquals((long) i, a.lookup("key" + i));
        PhpArray b = new PhpArray();
        for (long i = 0; i < 200_000; i++) b.put(i * 1_000_003L, (Object) i);
        assertEquals(5L, b.lookup(5 * 1_000_003L));
    }

    // ---- int lists (unboxed packed storage)

    private static PhpArray ints(long... vs) {
        PhpArray a = PhpArray.empty();
        for (long v : vs) a.append(v);
        return a;
    }

    @Test void append_intsMakeIntList() {
        PhpArray a = ints(5, 6, 7);
        assertTrue(a.isIntList());
        assertEquals(List.of(0L, 1L, 2L), keys(a));
        assertEquals(List.of(5L, 6L, 7L), values(a));
        assertEquals(3L, a.nextIndex());
        assertEquals(7L, a.lookup(2));
        assertEquals(Values.UNDEF, a.lookup(3));
        assertArrayEquals(new long[] {5, 6, 7}, a.intValues());
    }

    @Test void append_intListGrowsPastCapacity() {
        PhpArray a = new PhpArray();
        for (long i = 0; i < 1000; i++) a.append(i);
        assertTrue(a.isIntList());
        assertEquals(1000, a.size());
        assertEquals(999L, a.lookup(999));
        assertEquals(1000L, a.nextIndex());
    }

    @Test void append_nonIntLeavesIntListKeepingValues() {
        PhpArray a = ints(1, 2);
        a.append("x");
        assertFalse(a.isIntList());
        assertEquals(List.of(1L, 2L, "x"), values(a));
        assertNull(a.intValues());
    }

    @Test void append_firstNonIntIsNoIntList() {
        PhpArray a = PhpArray.empty();
        a.append(1.5);
        a.append(2L);
        assertFalse(a.isIntList());
        assertEquals(List.of(1.5, 2L), values(a));
    }

    @Test void put_intInRangeStaysIntList() {
        PhpArray a = ints(1, 2, 3);
        a.put(1L, (Object) 20L);
        a.put(3L, (Object) 4L);
        assertTrue(a.isIntList());
        assertEquals(List.of(1L, 20L, 3L, 4L), values(a));
    }

    @Test void put_nonIntOrGapLeavesIntList() {
        PhpArray a = ints(1, 2, 3);
        a.put(1L, (Object) "two");
        assertFalse(a.isIntList());
        assertEquals(List.of(1L, "two", 3L), values(a));
        PhpArray b = ints(1, 2);
        b.put(5L, (Object) 9L);
        assertFalse(b.isIntList());
        assertEquals(List.of(0L, 1L, 5L), keys(b));
        assertEquals(6L, b.nextIndex());
        PhpArray c = ints(1, 2);
        c.put("k", (Object) 3L);
        assertEquals(List.of(0L, 1L, "k"), keys(c));
        assertEquals(List.of(1L, 2L, 3L), values(c));
    }

    @Test void copy_intListIsCopyOnWrite() {
        PhpArray a = ints(1, 2, 3);
        PhpArray b = a.copy();
        b.put(0L, (Object) 100L);
        b.append(4L);
        assertEquals(List.of(1L, 2L, 3L), values(a));
        assertEquals(List.of(100L, 2L, 3L, 4L), values(b));
        PhpArray c = a.copy();
        a.append("s");
        assertTrue(c.isIntList());
        assertEquals(List.of(1L, 2L, 3L), values(c));
        assertEquals(List.of(1L, 2L, 3L, "s"), values(a));
    }

    @Test void refAt_intListBecomesRefsSharedWithCopiesBeforeSeparation() {
        PhpArray a = ints(1, 2, 3);
        PhpArray b = a.copy();
        Ref r = a.refAt(1L);
        assertFalse(a.isIntList());
        r.value = 50L;
        assertEquals(List.of(1L, 50L, 3L), values(a));
        assertEquals(List.of(1L, 2L, 3L), values(b));
        assertTrue(b.isIntList());
        a.put(1L, (Object) 60L); // writes through the reference
        assertEquals(60L, r.value);
    }

    @Test void refAtPos_intListForeachByRef() {
        PhpArray a = ints(1, 2, 3);
        for (int p = a.firstPos(); p >= 0; p = a.nextPos(p)) {
            Ref r = a.refAtPos(p);
            r.value = (Long) r.value * 10;
        }
        assertEquals(List.of(10L, 20L, 30L), values(a));
    }

    @Test void remove_lastKeepsIntListOthersMakeHole() {
        PhpArray a = ints(1, 2, 3);
        a.remove(2L);
        assertTrue(a.isIntList());
        assertEquals(List.of(1L, 2L), values(a));
        assertEquals(3L, a.nextIndex()); // php keeps the next index after unset
        a.append(7L);
        assertEquals(List.of(0L, 1L, 3L), keys(a));
        PhpArray b = ints(1, 2, 3);
        b.remove(0L);
        assertFalse(b.isIntList());
        assertEquals(List.of(1L, 2L), keys(b));
        assertEquals(1, b.firstPos());
        assertEquals(-1, b.prevPos(1));
    }

    @Test void positions_intList() {
        PhpArray a = ints(4, 5, 6);
        assertEquals(0, a.firstPos());
        assertEquals(2, a.lastPos());
        assertEquals(1, a.prevPos(2));
        assertEquals(-1, a.prevPos(0));
        assertEquals(-1, a.nextPos(2));
        assertTrue(a.validPos(2));
        assertFalse(a.validPos(3));
        assertEquals(6L, a.rawValueAt(2));
        assertEquals(5L, a.rawAt(1L));
        assertTrue(a.containsKey("1"));
        assertFalse(a.containsKey("x"));
        assertEquals(Values.UNDEF, a.lookup("x"));
    }

    @Test void putRef_intListLeavesMode() {
        PhpArray a = ints(1, 2);
        Ref r = new Ref(9L);
        a.putRef(0L, r);
        r.value = 10L;
        assertEquals(List.of(10L, 2L), values(a));
    }

    @Test void ofInts_buildsIntList() {
        PhpArray a = PhpArray.ofInts(new long[] {3, 1});
        assertTrue(a.isIntList());
        assertEquals(List.of(3L, 1L), values(a));
        assertEquals(2L, a.nextIndex());
        PhpArray e = PhpArray.ofInts(new long[0]);
        assertEquals(0, e.size());
        e.append(-1L);
        assertEquals(List.of(0L), keys(e));
    }

    @Test void nested_intListWriteThroughCopySeparates() {
        PhpArray outer = PhpArray.empty();
        outer.append(ints(1, 2));
        PhpArray copy = outer.copy();
        Access.childForWrite(copy, 0L).append(3L);
        assertEquals(List.of(1L, 2L), values((PhpArray) outer.lookup(0L)));
        assertEquals(List.of(1L, 2L, 3L), values((PhpArray) copy.lookup(0L)));
    }

    @Test void release_givesBackShareOthersUnchanged() {
        PhpArray a = ints(1, 2);
        PhpArray it = a.copy();   // a foreach copy
        PhpArray b = a.copy();    // a real second handle
        it.release();
        assertEquals(0, it.size());
        a.append(3L);             // still separates from b
        assertEquals(List.of(1L, 2L, 3L), values(a));
        assertEquals(List.of(1L, 2L), values(b));
        PhpArray c = PhpArray.of("x");
        c.copy().release();
        c.release();              // a handle with no other share: nothing to give back
        assertEquals(0, c.size());
    }
}
