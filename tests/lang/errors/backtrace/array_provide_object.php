<?php
class O {
    public $p = 1;
    function m() { return debug_backtrace(); }
}
var_dump((new O)->m());
