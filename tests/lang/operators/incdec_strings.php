<?php
$s = "a"; $s++; var_dump($s);
$s = "z"; $s++; var_dump($s);
$s = "Az"; $s++; var_dump($s);
$s = "zz"; $s++; var_dump($s);
$s = "Zz"; $s++; var_dump($s);
$s = "a9"; $s++; var_dump($s);
$s = "A99"; $s++; var_dump($s);
$s = "9"; $s++; var_dump($s);
$s = "5"; $s++; var_dump($s);
$s = "5.5"; $s++; var_dump($s);
$s = "1e2"; $s++; var_dump($s);
$s = "-3"; $s++; var_dump($s);
$s = ""; $s++; var_dump($s);
$s = "a-"; $s++; var_dump($s);
$s = " 5"; $s++; var_dump($s);
$s = "9223372036854775807"; $s++; var_dump($s);
