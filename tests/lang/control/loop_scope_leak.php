<?php
for ($i = 0; $i < 3; $i++) { $inner = $i * 2; }
var_dump($i, $inner);
foreach (['a' => 1, 'b' => 2] as $k => $v) {}
var_dump($k, $v);
if (true) { $fromIf = 'visible'; }
var_dump($fromIf);
