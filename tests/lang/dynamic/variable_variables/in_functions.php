<?php
// a function using $$ gets a symbol table; global $$name and static vars seen through $$
$gv = 'global value';
$counter = 0;
function local() {
    $n = 'loc';
    $$n = 5;
    echo $loc, "\n";
    var_dump(array_keys(get_defined_vars()));
}
local();
function viaGlobal($which) {
    global $$which;
    echo $$which, "\n";
    $$which = 'set in function';
}
viaGlobal('gv');
echo $gv, "\n";
function inc() {
    static $calls = 0;
    $n = 'calls';
    return ++$$n;
}
inc(); inc();
echo inc(), "\n";
class K {
    public $p = 'prop';
    function m() { $t = 'this'; return $$t->p; }
}
echo (new K)->m(), "\n";
