<?php
enum E: int { case A = 1; }
try { $x = E::A; $x->value = 2; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $x = E::A; $x->foo = 2; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { echo E::B->name; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { E::A->nope(); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { echo E::A . ""; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { new E(); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
echo E::A->value + 1, "\n";
var_dump(E::A->name, E::A->value);
