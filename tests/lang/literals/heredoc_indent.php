<?php
$v = 5;
function f() {
    return <<<EOT
        indented
          more $GLOBALS[v]
        back
        EOT;
}
echo f(), "|\n";
echo <<<EOT
    a
      b
    c
  EOT;
echo "|\n";
$arr = [<<<A
    x
    A, <<<'B'
      y
    B];
var_dump($arr);
