<?php
class D { public function __destruct() { throw new LogicException("thrown in destructor"); } }
$d = new D;
echo "end of script\n";
