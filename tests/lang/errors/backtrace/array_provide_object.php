<?php
class O {
    public $p = 1;
    function m() { return debug_backtrace(); }
}
print_r((new O)->m());
