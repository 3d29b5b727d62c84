<?php
spl_autoload_register(function ($c) { echo "autoload($c)\n"; });
$o = new stdClass;
var_dump($o instanceof NeverLoaded);
var_dump(is_a($o, 'AlsoNeverLoaded'));
function f(?Unloaded $x = null) { return 'ok'; }
echo f(), "\n";
try { f(new stdClass); } catch (TypeError $e) { echo "type check: ", $e->getMessage(), "\n"; }
echo "catch clause:\n";
try { throw new Exception('x'); } catch (UnloadedException $e) { echo "no\n"; } catch (Exception $e) { echo "caught Exception\n"; }
echo Unloaded2::class, "\n";
echo "done\n";
