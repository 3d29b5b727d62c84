package phpgoc.runtime.ext.standard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.Ref;

/**
 * Library functions with by-reference parameters (sort family, array_push &amp; co., str_replace's
 * count, settype), and var_dump of referenced elements. Expected text is php 8.2's output of the
 * command in each comment.
 */
class ByRefTest extends ExtTestBase {
    private static String dump(Ref r) { return Var.dumpToString(r.get()); }

    @Test
    void sort_mixedValuesPhp8Order() {
        // php -n -r '$a=[3,"10",1,"abc",2.5,true]; sort($a); var_dump($a);'
        Ref a = new Ref(list(3L, "10", 1L, "abc", 2.5, true));
        assertEquals("=> bool(true)\n", run("sort", a));
        assertEquals("array(6) {\n  [0]=>\n  int(1)\n  [1]=>\n  float(2.5)\n  [2]=>\n  int(3)\n  [3]=>\n  string(2) \"10\"\n"
                + "  [4]=>\n  string(3) \"abc\"\n  [5]=>\n  bool(true)\n}\n", dump(a));
    }

    @Test
    void sort_isStable() {
        // php -n -r '$e=[1,"1",1.0]; sort($e); var_dump($e);'
        Ref e = new Ref(list(1L, "1", 1.0));
        run("sort", e);
        assertEquals("array(3) {\n  [0]=>\n  int(1)\n  [1]=>\n  string(1) \"1\"\n  [2]=>\n  float(1)\n}\n", dump(e));
    }

    @Test
    void sort_flagsAndKeyPreservingVariants() {
        // php -n -r '$b=["b"=>2,"a"=>3,"c"=>1]; asort($b); print_r($b);'  -> c, b, a
        Ref b = new Ref(map("b", 2L, "a", 3L, "c", 1L));
        run("asort", b);
        assertEquals("c,b,a", keys(b));
        // arsort($b) -> a, b, c ; ksort($b) -> a, b, c ; krsort($b) -> c, b, a
        run("arsort", b);
        assertEquals("a,b,c", keys(b));
        run("krsort", b);
        assertEquals("c,b,a", keys(b));
        run("ksort", b);
        assertEquals("a,b,c", keys(b));
        // php -n -r '$c=["x","X","b","a"]; sort($c, SORT_STRING|SORT_FLAG_CASE); print_r($c);' -> a b x X
        Ref c = new Ref(list("x", "X", "b", "a"));
        run("sort", c, 10L);
        assertEquals("a,b,x,X", values(c));
        // php -n -r '$d=["10","9","2"]; sort($d, SORT_STRING); print_r($d); rsort($d); print_r($d);'
        Ref d = new Ref(list("10", "9", "2"));
        run("sort", d, 2L);
        assertEquals("10,2,9", values(d));
        run("rsort", d);
        assertEquals("10,9,2", values(d));
    }

    @Test
    void sort_notArray() {
        // php -n -r '$s="abc"; sort($s);'
        assertEquals("EXC TypeError: sort(): Argument #1 ($array) must be of type array, string given", run("sort", new Ref("abc")));
    }

    @Test
    void arrayPushPopShiftUnshift_stackAndQueue() {
        // php -n -r '$a=[1,2,3]; var_dump(array_push($a, 4, 5)); var_dump(array_pop($a)); $a[]=9; print_r($a);
        //            var_dump(array_shift($a), array_unshift($a, "z")); print_r($a);'
        Ref a = new Ref(list(1L, 2L, 3L));
        assertEquals("=> int(5)\n", run("array_push", a, 4L, 5L));
        assertEquals("=> int(5)\n", run("array_pop", a));
        ((PhpArray) a.get()).append(9L);
        assertEquals("0,1,2,3,4", keys(a));
        assertEquals("=> int(1)\n", run("array_shift", a));
        assertEquals("=> int(5)\n", run("array_unshift", a, "z"));
        assertEquals("z,2,3,4,9", values(a));
        assertEquals("0,1,2,3,4", keys(a));
        // php -n -r '$b=[3=>"x", "k"=>"y", 5=>"z"]; var_dump(array_shift($b), $b);'  -> "x", [k=>y, 0=>z]
        Ref b = new Ref(map(3L, "x", "k", "y", 5L, "z"));
        assertEquals("=> string(1) \"x\"\n", run("array_shift", b));
        assertEquals("k,0", keys(b));
        // php -n -r '$e=[]; var_dump(array_pop($e), array_shift($e));'
        assertEquals("=> NULL\n", run("array_pop", new Ref(new PhpArray())));
    }

    @Test
    void arrayPop_doesNotChangeOtherCopies() {
        PhpArray original = list(1L, 2L);
        Ref a = new Ref(original.copy());
        run("array_pop", a);
        assertEquals(2, original.size());
    }

    @Test
    void arraySplice_replacement() {
        // php -n -r '$c=[1,2,3,4,5]; print_r(array_splice($c, 1, 2, ["a","b","c"])); print_r($c);'
        Ref c = new Ref(list(1L, 2L, 3L, 4L, 5L));
        assertEquals("=> array(2) {\n  [0]=>\n  int(2)\n  [1]=>\n  int(3)\n}\n", run("array_splice", c, 1L, 2L, list("a", "b", "c")));
        assertEquals("1,a,b,c,4,5", values(c));
    }

    @Test
    void strReplace_count() {
        // php -n -r '$n=0; var_dump(str_replace(["a","b"], "x", ["ab","cb"], $n), $n);'  -> ["xx","cx"], 3
        Ref n = new Ref(0L);
        assertEquals("=> array(2) {\n  [0]=>\n  string(2) \"xx\"\n  [1]=>\n  string(2) \"cx\"\n}\n",
                run("str_replace", list("a", "b"), "x", list("ab", "cb"), n));
        assertEquals(3L, n.get());
    }

    @Test
    void settype_convertsInPlace() {
        // php -n -r '$x="12"; settype($x, "integer"); var_dump($x);'
        Ref x = new Ref("12");
        assertEquals("=> bool(true)\n", run("settype", x, "integer"));
        assertEquals(12L, x.get());
        // php -n -r '$x=1; settype($x, "foo");'
        assertEquals("EXC ValueError: settype(): Argument #2 ($type) must be a valid type", run("settype", x, "foo"));
    }

    @Test
    void varDump_marksReferences() {
        // php -n -r '$r=[1]; $r[]=&$r[0]; var_dump($r);'
        PhpArray r = list(1L);
        Ref shared = r.refAt(0L);
        r.putRef(1L, shared);
        assertEquals("array(2) {\n  [0]=>\n  &int(1)\n  [1]=>\n  &int(1)\n}\n", Var.dumpToString(r));
    }

    @Test
    void varDump_recursionThroughReference() {
        // php -n -r '$b=["x"=>1]; $b["y"]=&$b; var_dump($b);' prints *RECURSION* one level in; here the
        // array reached through the reference is the same handle, so the same text results.
        Ref b = new Ref(null);
        PhpArray a = map("x", 1L);
        b.set(a);
        a.putRef("y", b);
        assertEquals("array(2) {\n  [\"x\"]=>\n  int(1)\n  [\"y\"]=>\n  *RECURSION*\n}\n", Var.dumpToString(a));
    }

    @Test
    void function_isCachedOncePerName() {
        assertSame(phpgoc.runtime.ext.Builtins.function("strlen"), phpgoc.runtime.ext.Builtins.function("strlen"));
    }

    private static String keys(Ref r) {
        PhpArray a = (PhpArray) r.get();
        StringBuilder sb = new StringBuilder();
        for (int p = a.firstPos(); p >= 0; p = a.nextPos(p)) sb.append(sb.length() > 0 ? "," : "").append(a.keyAt(p));
        return sb.toString();
    }

    private static String values(Ref r) {
        PhpArray a = (PhpArray) r.get();
        StringBuilder sb = new StringBuilder();
        for (int p = a.firstPos(); p >= 0; p = a.nextPos(p)) sb.append(sb.length() > 0 ? "," : "").append(a.valueAt(p));
        return sb.toString();
    }
}
