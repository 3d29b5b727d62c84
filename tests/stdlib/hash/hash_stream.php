<?php
$c = hash_init("md5"); $f = fopen("php://memory", "w+"); fwrite($f, "hello world"); rewind($f);
var_dump(hash_update_stream($c, $f, 5), hash_update_stream($c, $f), hash_update_stream($c, $f), hash_final($c) === md5("hello world"));
try { hash_update_stream($c, 1); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { hash_update_stream($c, $f); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$c = hash_init("sha1");
try { hash_update_stream($c, "x"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
rewind($f); var_dump(hash_update_stream($c, $f, 0), hash_update_stream($c, $f, 100), hash_final($c) === sha1("hello world"));
fclose($f);
$c = hash_init("sha1");
try { hash_update_stream($c, $f); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
