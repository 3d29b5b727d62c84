<?php
// tick functions without declare(ticks): registered (the callback checked), never called
function t($a = null) { echo "tick\n"; }
var_dump(register_tick_function('t'));
var_dump(register_tick_function('t', 1, 2));
echo "a\n";
unregister_tick_function('t');
try { register_tick_function('nope'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { unregister_tick_function('nope'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump(function_exists('register_tick_function'));
class T { function tick() { echo "method tick\n"; } }
$t = new T;
var_dump(register_tick_function([$t, "tick"]));
for ($i = 0; $i < 3; $i++) { $x = $i; }
unregister_tick_function([$t, "tick"]);
echo "done\n";
