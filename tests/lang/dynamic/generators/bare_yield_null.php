<?php
function g() { yield; yield; $x = yield; var_dump($x); }
foreach (g() as $k => $v) var_dump($k, $v);
