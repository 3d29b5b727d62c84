<?php
// Main alone, receiving from a channel nobody sends to.
$ch = new go\Chan();
echo "main pops\n";
$ch->pop();
echo "not reached\n";
