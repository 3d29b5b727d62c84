<?php
class Plain {}
$p = new Plain;
try { echo $p['x']; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $p['x'] = 1; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $p[] = 1; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump(isset($p['x']));
try { unset($p['x']); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
