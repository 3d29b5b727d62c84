<?php
print_r(1); echo "\n";
print_r(-7); echo "\n";
print_r(1.0); echo "\n";
print_r(0.1 + 0.2); echo "\n";
print_r(1e100); echo "\n";
print_r(-0.0); echo "\n";
print_r(true); echo "|\n";
print_r(false); echo "|\n";
print_r(null); echo "|\n";
print_r("string"); echo "\n";
print_r(NAN); echo "\n";
print_r(INF); echo "\n";
