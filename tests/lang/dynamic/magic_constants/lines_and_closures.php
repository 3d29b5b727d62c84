<?php
namespace Lib;
// __LINE__ of multi-line expressions, __FUNCTION__/__METHOD__/__CLASS__ in nested closures
// and arrow functions of namespaced functions and static methods
function outer() {
    $f = function () {
        $g = fn() => [__FUNCTION__, __METHOD__, __CLASS__, __NAMESPACE__];
        return $g();
    };
    return $f();
}
var_dump(outer());
class K {
    static function s() {
        return (function () { return [__FUNCTION__, __METHOD__, __CLASS__, static::class]; })();
    }
}
var_dump(K::s());
echo implode(",", [
    __LINE__,
    __LINE__,
]), "\n";
