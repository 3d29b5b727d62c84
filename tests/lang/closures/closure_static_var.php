<?php
$f = function () {
    static $n = 0;
    return ++$n;
};
echo $f(), $f(), $f(), "\n";
function mk() {
    return function () {
        static $x = 0;
        return ++$x;
    };
}
$a = mk();
$b = mk();
echo $a(), $a(), $b(), "\n";
