<?php
enum Pure { case A; }
var_dump(method_exists(Pure::class, 'from'), method_exists(Pure::class, 'cases'));
try { Pure::from('A'); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { echo Pure::A->value; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
echo Pure::A->value;
