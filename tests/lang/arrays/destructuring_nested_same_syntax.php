<?php
list($a, list($b, $c)) = [1, [2, 3]]; [$d, [$e]] = [4, [5]]; echo $a+$b+$c+$d+$e, "\n"; foreach ([[1, [2]]] as [$x, [$y]]) echo $x+$y, "\n";
