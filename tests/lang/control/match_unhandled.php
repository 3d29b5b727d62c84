<?php
echo match (1) { 1 => "ok" }, "\n";
$v = 5;
echo match ($v) {
    1 => 'one',
    2 => 'two',
};
