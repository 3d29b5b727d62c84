<?php
declare(strict_types=1);
require __DIR__ . '/inc/weak_objects.inc';
require __DIR__ . '/inc/strict_lib.inc';
function show(callable $f) {
    try { var_dump($f()); } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
$b = new WeakBox(1);
show(fn() => $b->set("5"));
show(fn() => $b->set(5));
show(fn() => WeakBox::twice(3));
show(fn() => WeakBox::twice("3"));
show(fn() => new WeakBox("2"));
show(fn() => $b->ret());
// a weak function called from here checks its own calls weakly
show(fn() => $b->untyped("9"));
show(fn() => weak_calls_strict());
// dynamic calls: the caller still decides
$name = 'weak_typed';
show(fn() => $name("3"));
show(fn() => call_user_func('weak_typed', "4"));
show(fn() => array_map('weak_typed', ["6"]));
$m = [$b, 'set'];
show(fn() => $m("8"));
show(fn() => $b->{'set'}("8"));
show(fn() => WeakBox::{'twice'}("1"));
$f = 'strlen';
show(fn() => $f(5));
show(fn() => strict_calls('weak_typed', "10"));
// a failed call does not leave strict mode behind
try { undefined_fn(1); } catch (Error $e) { echo $e->getMessage(), "\n"; }
show(fn() => weak_calls_strict());
