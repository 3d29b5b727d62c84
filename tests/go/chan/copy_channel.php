<?php
// A channel created with 'copy' => true deep-copies values: references inside arrays are broken.
use go\Chan;

$plain = new Chan(1);
$copying = new Chan(['capacity' => 1, 'copy' => true]);
$x = 1;
$arr = ['ref' => &$x, 'list' => [1, 2]];
$plain->push($arr);
$copying->push($arr);
$fromPlain = $plain->pop();
$fromCopy = $copying->pop();
$x = 99;
echo "plain sees ", $fromPlain['ref'], ", copy sees ", $fromCopy['ref'], "\n";
var_dump($fromCopy);

$obj = new stdClass();
$obj->n = 1;
$plain->push($obj);
$obj->n = 2;
echo "objects go by handle on a plain channel: ", $plain->pop()->n, "\n";
