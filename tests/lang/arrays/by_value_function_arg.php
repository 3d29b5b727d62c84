<?php
function addItem(array $list, $item) {
    $list[] = $item;
    return count($list);
}
$l = [1, 2];
var_dump(addItem($l, 3));
var_dump(count($l));
function addByRef(array &$list, $item) {
    $list[] = $item;
}
addByRef($l, 'r');
var_dump($l);
function getArr() {
    static $arr = [1];
    return $arr;
}
$x = getArr();
$x[] = 2;
var_dump(getArr());
