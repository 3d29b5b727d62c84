<?php
function make($c) { return new $c(); }
echo "start\n";
make('Nope\Missing');
