<?php
// =& of is_int() (which php compiles to an opcode) is a compile error
echo "not printed\n";
function f() { $x = &is_int(1); }
