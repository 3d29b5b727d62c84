<?php
namespace Foo\Bar;
class Baz {}
$a = new BAZ;
$b = new \foo\bar\baz;
echo get_class($a), " ", get_class($b), "\n";
var_dump($a instanceof \FOO\BAR\Baz);
function Greet() { return 'hi'; }
echo greet(), " ", \foo\bar\GREET(), "\n";
const Case_Sensitive = 1;
echo \Foo\Bar\Case_Sensitive, "\n";
var_dump(defined('foo\bar\Case_Sensitive'), defined('Foo\Bar\case_sensitive'));
