<?php
// plain-file stream: write, seek, read back, eof, truncate
$p = sys_get_temp_dir() . "/phpgoc_fopen_read_write.txt";
$f = fopen($p, "w+");
var_dump($f, get_debug_type($f), (int)$f === (int)$f, (bool)$f);
var_dump(fwrite($f, "line one\nline two\n"), fputs($f, "three"), ftell($f));
var_dump(rewind($f), fgets($f), fgetc($f), fread($f, 3), feof($f));
var_dump(fseek($f, -5, SEEK_END), fread($f, 10), feof($f), fgets($f));
var_dump(ftruncate($f, 4), filesize($p) >= 0, fseek($f, 0), fread($f, 100));
var_dump(fclose($f), gettype($f), get_debug_type($f));
var_dump($f);
$a = fopen($p, "a");
fwrite($a, "+appended");
fclose($a);
echo file_get_contents($p), "\n";
$m = fopen($p, "r");
var_dump(fwrite($m, "x"));
fclose($m);
var_dump(unlink($p), file_exists($p));
var_dump(fopen($p, "r"));
var_dump(fopen($p, "q"));
