<?php
namespace Lib\Math\Ops {
    function add($a, $b) { return $a + $b; }
    const ZERO = 0;
}
namespace App {
    use Lib\Math;
    use Lib\Math\Ops as O;
    echo Math\Ops\add(1, 2), " ", O\add(3, 4), " ", O\ZERO, "\n";
    echo \Lib\Math\Ops\add(5, 6), "\n";
}
