<?php
// $$name can name $GLOBALS entries at the top level; in a function it does not reach globals;
// in a method ${'this'} is $this
$g = 'global';
$n = 'g';
echo $$n, "\n";
function f() {
    $n = 'g';
    var_dump(isset($$n));
    $gl = 'GLOBALS';
    return count(array_filter(array_keys($$gl), fn($k) => $k === 'g'));
}
echo f(), "\n";
class C {
    public $v = 'prop';
    function m() {
        $t = 'this';
        return [$$t->v, isset($$t), ${'th' . 'is'} === $this];
    }
}
var_dump((new C)->m());
