<?php
function whoCalledMe(): string {
    $t = debug_backtrace(DEBUG_BACKTRACE_IGNORE_ARGS, 3);
    $f = $t[2] ?? null;
    if ($f === null) return 'main';
    return (isset($f['class']) ? $f['class'] . $f['type'] : '') . $f['function'] . ' line ' . $t[1]['line'];
}
function log_it() { echo whoCalledMe(), "\n"; }
class Ctl {
    function act() { log_it(); }
    static function sact() { log_it(); }
}
log_it();
(new Ctl)->act();
Ctl::sact();
(function () { log_it(); })();
