<?php
class Repo {
    public function find($id) {
        return debug_backtrace(DEBUG_BACKTRACE_IGNORE_ARGS);
    }
    public static function make($id) {
        return (new Repo)->find($id);
    }
}
class Service extends Repo {
    public function load() {
        return parent::make(3);
    }
}
print_r((new Service)->load());
