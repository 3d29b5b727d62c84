<?php
function &getRef(array &$arr) {
    return $arr[0];
}
$data = [1, 2];
$r = &getRef($data);
$r = 'changed';
var_dump($data);
$notRef = getRef($data);
$notRef = 'not changed';
var_dump($data[0]);
