<?php
// file_put_contents / file / paths / directories
$d = sys_get_temp_dir() . "/phpgoc_file_functions";
$p = "$d/sub/a.txt";
var_dump(is_dir($d) || mkdir($d));
var_dump(mkdir("$d/sub/deeper", 0777, true), is_dir("$d/sub/deeper"), rmdir("$d/sub/deeper"));
var_dump(file_put_contents($p, "a\n\nb\n"), file_put_contents($p, ["c", "\n"], FILE_APPEND));
var_dump(file($p), file($p, FILE_IGNORE_NEW_LINES), file($p, FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES));
var_dump(filesize($p), is_file($p), is_dir($p), is_readable($p), is_writable($p));
var_dump(basename($p), basename($p, ".txt"), basename("/a/b/"), basename("/"), basename(""));
var_dump(dirname("/a/b/c.txt"), dirname("/a/b/c.txt", 2), dirname("c.txt"), dirname("/c"), dirname("/"), dirname("a/b/"));
var_dump(pathinfo("/x/y/file.tar.gz"), pathinfo("noext"), pathinfo("/x/y.php", PATHINFO_EXTENSION));
var_dump(realpath("$d/sub/../sub/a.txt") === realpath($p), realpath("$d/nope"));
var_dump(file_get_contents("$d/nope"));
var_dump(unlink($p), rmdir("$d/sub"), rmdir($d), file_exists($d));
$m = fopen("php://memory", "w+");
fwrite($m, "in memory");
rewind($m);
var_dump(fread($m, 100), feof($m), STDIN, STDERR);
$o = fopen("php://output", "w");
echo "before ";
fwrite($o, "through output\n");
echo $m, " ", (string)$o, "\n";
print_r($m);
echo "\n";
var_export([$m]);
echo "\n";
