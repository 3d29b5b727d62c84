<?php
$a = ['x' => 1];
$sum = @$a['x'] + @$a['y'] + @$a['z'];
echo $sum, "\n";
$v = @$a['y'] ?: 'fallback';
echo $v, "\n";
echo @file_get_contents('/nonexistent/file') === false ? "false\n" : "?\n";
echo error_get_last()['message'], "\n";
