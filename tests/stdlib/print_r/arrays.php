<?php
print_r([]);
print_r([1, 2, 3]);
print_r(["a" => 1, "b" => [true, false, null], "c" => 1.5]);
print_r([[[]]]);
echo "end\n";
