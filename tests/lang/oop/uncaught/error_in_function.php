<?php
class A {}
function f($o) { return $o->missing(); }
f(new A);
