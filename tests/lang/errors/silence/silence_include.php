<?php
$r = @include 'no_such_file_here.php';
var_dump($r);
$r = include 'no_such_file_here.php';
var_dump($r);
