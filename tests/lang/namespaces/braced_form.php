<?php
namespace A {
    function f() { return __FUNCTION__; }
    echo f(), "\n";
}
namespace B {
    function f() { return __FUNCTION__; }
    echo f(), " ", \A\f(), "\n";
    echo __NAMESPACE__, "\n";
}
namespace {
    echo \A\f(), " ", B\f(), "\n";
    echo "[", __NAMESPACE__, "]\n";
}
