<?php
abstract class Shape { abstract function area(); }
echo "before\n";
new Shape;
