<?php
// A property of a temporary object (new, clone) cannot be written: a compile error, before any output.
echo "never printed\n";
class P { public $v = 1; }
(new P)->v = 2;
