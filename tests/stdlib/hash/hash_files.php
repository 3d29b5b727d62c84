<?php
$f = sys_get_temp_dir() . "/phpgoc_hash_files_" . uniqid() . ".txt";
file_put_contents($f, "file contents\nline 2\n");
var_dump(md5_file($f), sha1_file($f), bin2hex(md5_file($f, true)), strlen(sha1_file($f, true)));
var_dump(hash_file("sha256", $f), hash_file("crc32b", $f), hash_hmac_file("sha1", $f, "k"), bin2hex(hash_hmac_file("md5", $f, "k", true)));
$c = hash_init("md5"); hash_update($c, "x"); var_dump(hash_update_file($c, $f), hash_final($c) === md5("x" . file_get_contents($f)));
unlink($f); $f = "/nonexistent/phpgoc_hash.txt";
var_dump(md5_file($f), sha1_file($f), hash_file("md5", $f), hash_hmac_file("md5", $f, "k"));
try { hash_hmac_file("crc32", $f, "k"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { hash_file("nope", $f); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
