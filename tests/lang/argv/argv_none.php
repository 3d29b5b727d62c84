<?php
var_dump($argc, count($argv), $argv[0]);
var_dump(isset($argv[1]));
