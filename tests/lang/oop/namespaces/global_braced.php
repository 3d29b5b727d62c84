<?php
namespace A {
    function f() { return 'A\f'; }
    class K { public static function id() { return static::class; } }
}
namespace {
    function f() { return 'global f'; }
    echo f(), " ", A\f(), " ", \A\K::id(), " [", __NAMESPACE__, "]\n";
    use A\K;
    echo K::id(), "\n";
}
