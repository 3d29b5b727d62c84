<?php
function f(int ...$n): int {
  var_dump($n);
  if ($n) return 1;
}
f(1, "2");
f();
