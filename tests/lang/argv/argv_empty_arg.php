<?php
var_dump($argc);
var_dump($argv[1], $argv[2]);
