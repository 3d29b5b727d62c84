<?php
class Plain {}
try { echo "x" . new Plain; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { strlen(new Plain); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
class Thrower { public function __toString(): string { throw new Exception('in toString'); } }
try { echo new Thrower; } catch (Exception $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
class Stringy { public function __toString(): string { return 'S'; } }
try { intdiv(new Stringy, 1); } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump(is_string(new Stringy), (array) new Stringy);
