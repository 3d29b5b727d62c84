<?php
$n = null;
try { $n->x = 1; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$s = 'str';
try { $s->x = 1; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $n->m(); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$arr = [];
try { $arr->m(); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$n->foo();
