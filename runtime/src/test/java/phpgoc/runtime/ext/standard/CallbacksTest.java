package phpgoc.runtime.ext.standard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.Function;
import org.junit.jupiter.api.Test;
import phpgoc.runtime.Arith;
import phpgoc.runtime.Compare;
import phpgoc.runtime.Convert;
import phpgoc.runtime.ParamInfo;
import phpgoc.runtime.PhpFunction;
import phpgoc.runtime.Ref;
import phpgoc.runtime.Values;

/**
 * Callback-taking functions, with callbacks that are builtin names or Java-made PhpFunctions
 * standing in for closures. Expected values are php 8.2's output of the command in each comment.
 */
class CallbacksTest extends ExtTestBase {
    /** A closure stand-in; {@code byRef} marks the first parameter as by-reference. */
    static PhpFunction fn(int arity, boolean byRef, Function<Object[], Object> body) {
        ParamInfo[] ps = new ParamInfo[arity];
        for (int i = 0; i < arity; i++) ps[i] = new ParamInfo("p" + i, byRef && i == 0, false, false);
        return new PhpFunction("{closure}", ps) {
            @Override public Object call(phpgoc.runtime.Context ctx, Object[] args) { return body.apply(args); }
        };
    }

    private static Object v(Object a) { return Values.deref(a); }

    private static String json(Object v) { return (String) Json.json_encode(v); }

    @Test
    void usort_uasort_uksort_byBuiltinName() {
        // php -n -r '$a=["b"=>1,"a"=>3,"c"=>2]; uasort($a,"strcmp"); echo json_encode($a); uksort($a,"strcmp"); echo json_encode($a);'
        Ref a = new Ref(map("b", 1L, "a", 3L, "c", 2L));
        run("uasort", a, "strcmp");
        assertEquals("{\"b\":1,\"c\":2,\"a\":3}", json(a.get()));
        run("uksort", a, "strcmp");
        assertEquals("{\"a\":3,\"b\":1,\"c\":2}", json(a.get()));
        Ref l = new Ref(list(3L, 1L, 2L));
        run("usort", l, fn(2, false, x -> (long) Compare.compare(v(x[0]), v(x[1]))));
        assertEquals("[1,2,3]", json(l.get()));
    }

    @Test
    void usort_boolResultIsDeprecatedOnceAndFalseRetriesSwapped() {
        // php -n -r '$l=[3,1,2]; usort($l, fn($x,$y)=>$x>$y); echo json_encode($l);'
        Ref l = new Ref(list(3L, 1L, 2L));
        String out = run("usort", l, fn(2, false, x -> Compare.gt(v(x[0]), v(x[1]))));
        assertEquals("\nDeprecated: usort(): Returning bool from comparison function is deprecated, return an integer"
                + " less than, equal to, or greater than zero\n=> bool(true)\n", out);
        assertEquals("[1,2,3]", json(l.get()));
    }

    @Test
    void usort_floatResultTruncatesToInt() {
        // php -n -r '$a=[3,1,2]; usort($a, fn($x,$y)=>($x-$y)/10); echo implode(",",$a);' -> 3,1,2
        Ref l = new Ref(list(3L, 1L, 2L));
        run("usort", l, fn(2, false, x -> Arith.div(Arith.sub(v(x[0]), v(x[1])), 10L)));
        assertEquals("[3,1,2]", json(l.get()));
    }

    @Test
    void usort_invalidCallback() {
        // php -n -r 'usort($b, "nope");'
        check("EXC TypeError: usort(): Argument #2 ($callback) must be a valid callback, function \"nope\" not found"
                + " or invalid function name", "usort", new Ref(list(1L)), "nope");
        check("EXC TypeError: array_map(): Argument #1 ($callback) must be a valid callback or null, no array or"
                + " string given", "array_map", 5L, list());
    }

    @Test
    void array_map_oneManyAndNull() {
        // php -n -r 'echo json_encode(array_map(null,[1,2],["a"])), json_encode(array_map("strtoupper",["x"=>"a","y"=>"b"]));'
        assertEquals("[[1,\"a\"],[2,null]]", json(Callbacks.array_map(ctx(), null, list(1L, 2L), new Object[] {list("a")})));
        assertEquals("{\"x\":\"A\",\"y\":\"B\"}", json(Callbacks.array_map(ctx(), "strtoupper", map("x", "a", "y", "b"), new Object[0])));
        // array_map(fn($a,$b)=>$a.$b, ["x"=>"a"], ["y"=>"b","z"=>"c"]) -> ["ab","c"]
        PhpFunction cat = fn(2, false, x -> Convert.toStr(v(x[0])) + Convert.toStr(v(x[1])));
        assertEquals("[\"ab\",\"c\"]", json(Callbacks.array_map(ctx(), cat, map("x", "a"), new Object[] {map("y", "b", "z", "c")})));
    }

    @Test
    void array_filter_modes() {
        // php -n -r 'echo json_encode(array_filter([1,0,2,null,"0","a"]));' -> {"0":1,"2":2,"5":"a"}
        assertEquals("{\"0\":1,\"2\":2,\"5\":\"a\"}", json(Callbacks.array_filter(ctx(), list(1L, 0L, 2L, null, "0", "a"))));
        // array_filter(["a"=>1,"b"=>2,"c"=>3], fn($k)=>$k!="b", ARRAY_FILTER_USE_KEY) -> {"a":1,"c":3}
        PhpFunction notB = fn(1, false, x -> !"b".equals(v(x[0])));
        assertEquals("{\"a\":1,\"c\":3}", json(Callbacks.array_filter(ctx(), map("a", 1L, "b", 2L, "c", 3L), notB, 2L)));
        // array_filter([5,6,7], fn($v,$k)=>$v>5&&$k<2, ARRAY_FILTER_USE_BOTH) -> {"1":6}
        PhpFunction both = fn(2, false, x -> (Long) v(x[0]) > 5 && (Long) v(x[1]) < 2);
        assertEquals("{\"1\":6}", json(Callbacks.array_filter(ctx(), list(5L, 6L, 7L), both, 1L)));
    }

    @Test
    void array_reduce_andInitial() {
        // php -n -r 'var_dump(array_reduce([1,2,3], fn($c,$v)=>$c+$v), array_reduce([], fn($c,$v)=>$c+$v, "init"));'
        PhpFunction add = fn(2, false, x -> Arith.add(v(x[0]), v(x[1])));
        check("=> int(6)\n", "array_reduce", list(1L, 2L, 3L), add);
        check("=> string(4) \"init\"\n", "array_reduce", list(), add, "init");
    }

    @Test
    void array_walk_byRefWithExtraArg() {
        // php -n -r '$w=["a"=>1,"b"=>2]; array_walk($w, function(&$v,$k,$p){ $v="$p$k$v"; }, "-"); echo json_encode($w);'
        Ref w = new Ref(map("a", 1L, "b", 2L));
        run("array_walk", w, fn(3, true, x -> {
            Ref r = (Ref) x[0];
            r.set(Convert.toStr(x[2]) + Convert.toStr(x[1]) + Convert.toStr(r.get()));
            return null;
        }), "-");
        assertEquals("{\"a\":\"-a1\",\"b\":\"-b2\"}", json(w.get()));
        // the elements are plain values again: var_dump shows no '&'
        assertEquals("array(2) {\n  [\"a\"]=>\n  string(3) \"-a1\"\n  [\"b\"]=>\n  string(3) \"-b2\"\n}\n", Var.dumpToString(w.get()));
    }

    @Test
    void callUserFunc_isCallable_functionExists() {
        // php -n -r 'var_dump(call_user_func("str_repeat","ab",2), call_user_func_array("max",[1,5,3]));'
        check("=> string(4) \"abab\"\n", "call_user_func", "str_repeat", "ab", 2L);
        check("=> int(5)\n", "call_user_func_array", "max", list(1L, 5L, 3L));
        // is_callable("strlen"), ("nope"), ("A::b"), ([1,2]), ("nope", true); function_exists("STRLEN"), ("\\strlen")
        check("=> bool(true)\n", "is_callable", "strlen");
        check("=> bool(false)\n", "is_callable", "nope");
        check("=> bool(false)\n", "is_callable", "A::b");
        check("=> bool(false)\n", "is_callable", list(1L, 2L));
        check("=> bool(true)\n", "is_callable", "nope", true);
        check("=> bool(true)\n", "function_exists", "STRLEN");
        check("=> bool(true)\n", "function_exists", "\\strlen");
    }

    private static phpgoc.runtime.Context ctx() {
        return new phpgoc.runtime.Context(java.nio.file.Path.of("t.php"), java.io.OutputStream.nullOutputStream(), null);
    }
}
