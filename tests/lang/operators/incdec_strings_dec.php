<?php
$s = "b"; $s--; var_dump($s);
$s = "a"; $s--; var_dump($s);
$s = "5"; $s--; var_dump($s);
$s = "5.5"; $s--; var_dump($s);
$s = ""; $s--; var_dump($s);
$s = "abc"; $s--; var_dump($s);
$s = "-9223372036854775808"; $s--; var_dump($s);
