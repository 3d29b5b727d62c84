<?php
class S { public function __toString(): string { return "abc"; } }
class N {}
$s = new S;
var_dump($s == "abc", "abc" == $s, $s == "abd", $s < "abd");
var_dump(new N == true, new N == false, new N == null);
var_dump((bool) new N);
var_dump(new N == 1);
var_dump(in_array(new S, ["abc"]), in_array(new S, ["abc"], true));
