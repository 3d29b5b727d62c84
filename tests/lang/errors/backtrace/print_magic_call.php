<?php
class Proxy {
    public function __call($name, $args) {
        debug_print_backtrace(DEBUG_BACKTRACE_IGNORE_ARGS);
    }
    public static function __callStatic($name, $args) {
        debug_print_backtrace(DEBUG_BACKTRACE_IGNORE_ARGS);
    }
}
(new Proxy)->missing(1);
Proxy::gone();
