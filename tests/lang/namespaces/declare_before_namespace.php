<?php
declare(strict_types=1);
namespace Strict;
function f(int $x) { return $x; }
echo f(1), "\n";
f("1");
