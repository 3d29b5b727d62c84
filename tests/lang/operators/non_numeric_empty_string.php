<?php
$s = "";
var_dump($s . 1);
var_dump($s + 1);
