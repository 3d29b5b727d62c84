package phpgoc.runtime.ext.standard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.Ref;

/**
 * php's exact orders: zend_sort with inconsistent mixed-type comparisons (more than 16 elements, so
 * the quicksort path runs), natural order, and the natsort family. Expected values are php 8.2's.
 */
class SortOrderTest extends ExtTestBase {
    private static String json(Object v) { return (String) Json.json_encode(v); }

    private static PhpArray mixed() {
        return list("10", 9L, "abc", true, null, 2.5, "9a", "1e1", 0L, "", false, "x", -1L, "-1", list(), "0", 1.5,
                "b", 3L, "3", 11L, "011");
    }

    @Test
    void sort_mixedTypesFollowsZendSort() {
        // php -n -r '$a=["10",9,"abc",true,null,2.5,"9a","1e1",0,"",false,"x",-1,"-1",[],"0",1.5,"b",3,"3",11,"011"];
        //            sort($a); echo json_encode($a); rsort($a); echo json_encode($a);'
        Ref a = new Ref(mixed());
        run("sort", a);
        assertEquals("[null,\"\",0,false,-1,\"-1\",\"0\",1.5,\"10\",true,2.5,3,\"3\",9,\"1e1\",11,\"011\",\"9a\",\"abc\","
                + "\"b\",\"x\",[]]", json(a.get()));
        run("rsort", a);
        assertEquals("[true,[],\"x\",\"b\",\"abc\",\"9a\",11,\"011\",\"10\",\"1e1\",9,3,\"3\",2.5,1.5,0,\"0\",-1,\"-1\","
                + "null,\"\",false]", json(a.get()));
    }

    @Test
    void natsort_natcasesort_keepKeys() {
        // php -n -r '$n=["img12.png","img10.png","IMG2.png","img1.png","img02","img 3","x0.5","x0.25"," 007","7"];
        //            natsort($n); echo json_encode($n); natcasesort($n); echo json_encode($n);'
        Ref n = new Ref(list("img12.png", "img10.png", "IMG2.png", "img1.png", "img02", "img 3", "x0.5", "x0.25", " 007", "7"));
        run("natsort", n);
        assertEquals("{\"8\":\" 007\",\"9\":\"7\",\"2\":\"IMG2.png\",\"4\":\"img02\",\"3\":\"img1.png\",\"5\":\"img 3\","
                + "\"1\":\"img10.png\",\"0\":\"img12.png\",\"6\":\"x0.5\",\"7\":\"x0.25\"}", json(n.get()));
        run("natcasesort", n);
        assertEquals("{\"8\":\" 007\",\"9\":\"7\",\"4\":\"img02\",\"3\":\"img1.png\",\"2\":\"IMG2.png\",\"5\":\"img 3\","
                + "\"1\":\"img10.png\",\"0\":\"img12.png\",\"6\":\"x0.5\",\"7\":\"x0.25\"}", json(n.get()));
    }

    @Test
    void strnatcmp_cases() {
        // php -n -r 'var_dump(strnatcmp("img12","img10"), strnatcmp("a01","a1"), strnatcasecmp("A2","a10"),
        //            strnatcmp("",""), strnatcmp("","a"), strnatcmp("0.25","0.5"), strnatcmp("x 1","x1"));'
        assertEquals(1L, StringCompare.strnatcmp("img12", "img10"));
        assertEquals(-1L, StringCompare.strnatcmp("a01", "a1"));
        assertEquals(-1L, StringCompare.strnatcasecmp("A2", "a10"));
        assertEquals(0L, StringCompare.strnatcmp("", ""));
        assertEquals(-1L, StringCompare.strnatcmp("", "a"));
        assertEquals(1L, StringCompare.strnatcmp("0.25", "0.5"));
        assertEquals(0L, StringCompare.strnatcmp("x 1", "x1"));
    }

    @Test
    void sort_naturalFlag() {
        // php -n -r '$n=["img12.png","img10.png","img2.png","img1.png"]; sort($n, SORT_NATURAL); echo json_encode($n);'
        Ref n = new Ref(list("img12.png", "img10.png", "img2.png", "img1.png"));
        run("sort", n, 6L);
        assertEquals("[\"img1.png\",\"img2.png\",\"img10.png\",\"img12.png\"]", json(n.get()));
    }
}
