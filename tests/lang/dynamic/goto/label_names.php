<?php
// labels share no namespace with variables, functions or constants; case-sensitive names
$start = 'variable';
function start() { return 'function'; }
const start = 'constant';
goto start;
echo "skipped\n";
start:
echo $start, ' ', start(), ' ', start, "\n";
goto Start;
start2:
echo "not here\n";
Start:
echo "case-sensitive label\n";
