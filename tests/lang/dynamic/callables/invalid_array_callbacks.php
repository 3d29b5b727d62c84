<?php
foreach ([[1, 2], [1, 'x'], ['NoClass', 'm'], [new stdClass, 'nope'], [new stdClass], [1,2,3], 'nofn', 5] as $cb) {
  try { call_user_func($cb); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
  var_dump(is_callable($cb));
  try { array_map($cb, [1]); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
