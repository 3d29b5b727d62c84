<?php
class C {
    function m($x) { return debug_backtrace(0); }
}
print_r((new C)->m('v'));
