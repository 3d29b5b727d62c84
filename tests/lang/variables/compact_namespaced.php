<?php
namespace App;
function pack($x) {
    $y = $x * 2;
    return compact('x', 'y');
}
print_r(pack(21));
print_r(\compact('undefinedHere'));
