<?php
// An object whose constructor throws is freed (its id reused) also when its class has no destructor.
class A { function __construct($x) { if ($x) throw new Exception("bad"); } }
try { new A(1); } catch (Exception $e) { echo "caught\n"; }
var_dump(spl_object_id(new stdClass));
function f() { try { $a = new A(1); } catch (Exception $e) { return spl_object_id(new stdClass); } }
var_dump(f());
