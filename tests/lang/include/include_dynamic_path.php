<?php
$name = 'returns';
$v = include "inc/$name.inc";
var_dump($v['n']);
$files = ['vars', 'vars'];
foreach ($files as $f) {
    include 'inc/' . $f . '.inc';
}
var_dump($counter);
