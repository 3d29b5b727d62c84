<?php
var_dump($argc, count($argv), basename($argv[0]), $argv[0] === __FILE__);
var_dump(isset($argv[1]));
