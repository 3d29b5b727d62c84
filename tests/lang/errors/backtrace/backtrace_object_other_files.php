<?php
// debug_backtrace()'s "object" for methods of files that never call it (DEBUG_BACKTRACE_PROVIDE_OBJECT,
// the default), absent with options 0 and DEBUG_BACKTRACE_IGNORE_ARGS, for static methods and functions
require __DIR__ . '/inc/object_callees.inc';
$opts = DEBUG_BACKTRACE_PROVIDE_OBJECT;
function frames() {
    global $opts;
    foreach (debug_backtrace($opts) as $i => $f) {
        if ($i === 0) continue;
        echo $f['function'], ' ', $f['class'] ?? '-', $f['type'] ?? '', ' object=',
            isset($f['object']) ? get_class($f['object']) . '#' . ($f['object']->id ?? '?') : 'none',
            ' args=', isset($f['args']) ? count($f['args']) : 'none', "\n";
    }
    echo "--\n";
}
foreach ([DEBUG_BACKTRACE_PROVIDE_OBJECT, 0, DEBUG_BACKTRACE_IGNORE_ARGS,
          DEBUG_BACKTRACE_PROVIDE_OBJECT | DEBUG_BACKTRACE_IGNORE_ARGS] as $opts) {
    echo "== options $opts\n";
    $b = new Base(1);
    $b->plain();
    $b->withArgs('x');
    Base::stat();
    $b->closure();
    $b->arrow();
    $b->staticClosure();
    foreach ($b->gen() as $_) { }
    $b->missing;
    (string) $b;
    array_map([$b, 'plain'], [1]);
    $c = new Child(2);
    $c->plain();
    call_user_func([$c, 'withArgs'], 1, 2, 3);
}
function same() { return debug_backtrace()[1]['object']; }
class Holder { function get() { return same(); } }
$h = new Holder;
var_dump($h->get() === $h);
