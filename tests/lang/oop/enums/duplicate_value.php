<?php
enum E: int { case A = 1; case B = 1; }
echo "declared\n";
var_dump(E::from(1));
