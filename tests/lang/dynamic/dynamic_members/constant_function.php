<?php
// constant(): global constants, class constants, enum cases, and its errors
namespace App;
const LOCAL = 'ns const';
class A { const C = 'cc'; }
enum E: string { case X = 'x'; const Z = 'z'; }
define('MYC', 5);
echo \constant('MYC'), ' ', \constant('PHP_INT_SIZE'), ' ', \constant('App\LOCAL'), "\n";
echo \constant('App\A::C'), ' ', \constant('\App\A::C'), ' ', \constant('App\E::Z'), "\n";
var_dump(\constant('App\E::X'));
foreach (['NOPE', 'App\A::NOPE', 'Nope::X', 'App\E::Y'] as $name) {
    try {
        echo \constant($name);
    } catch (\Error $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
