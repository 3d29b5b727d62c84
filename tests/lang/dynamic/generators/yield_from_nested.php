<?php
function leaf($p) { yield "$p.1"; yield "$p.2"; return strtoupper($p); }
function mid($p) { $a = yield from leaf("$p-a"); $b = yield from leaf("$p-b"); return "$a+$b"; }
function top() { $r = yield from mid('m'); yield "mid returned $r"; }
foreach (top() as $k => $v) echo "$k: $v\n";
