<?php
$f = fopen('php://memory', 'w+');
var_dump(fputcsv($f, ['a', 'b c', 'd"e', "f\ng", '', 1.5, true, null, 'x,y', 'back\\"slash']));
var_dump(fputcsv($f, ['p', 'q'], ';', "'", '\\', "\r\n"));
var_dump(fputcsv($f, ["it's", 'plain'], ',', "'"));
var_dump(fputcsv($f, ['tab	here', 'e\\x'], ',', '"', ''));
rewind($f);
echo stream_get_contents($f), "---\n";
rewind($f);
while (($row = fgetcsv($f)) !== false) var_dump($row);
fclose($f);
$g = fopen('php://memory', 'w+');
fwrite($g, "a,b\n\n\"multi\nline\",z\nlast");
rewind($g);
while (($row = fgetcsv($g)) !== false) var_dump($row);
var_dump(fgetcsv($g));
fclose($g);
$h = fopen('php://memory', 'w+');
var_dump(fprintf($h, "%05d|%-4s|%.2f\n", 42, 'ab', 3.14159), vfprintf($h, "%s-%s\n", ['x', 'y']));
var_dump(stream_get_contents($h, -1, 0), stream_get_contents($h, 3, 2), stream_get_contents($h));
rewind($h);
var_dump(fpassthru($h));
var_dump(flock($h, LOCK_SH), flock($h, LOCK_EX | LOCK_NB, $wb), $wb, flock($h, LOCK_UN));
try { flock($h, 0); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
fclose($h);
$t = tmpfile();
var_dump(get_resource_type($t), fwrite($t, "temp data"), rewind($t), fread($t, 100));
fclose($t);
$d = sys_get_temp_dir() . '/phpgoc_h5_csv_' . mt_rand();
file_put_contents($d, "file body\n");
var_dump(readfile($d));
unlink($d);
chdir(sys_get_temp_dir());
var_dump(readfile('phpgoc_h5_no_such_file'));
foreach ([fn() => fputcsv(fopen('php://memory', 'w'), [], ';;'), fn() => fputcsv(fopen('php://memory', 'w'), [], ',', ''),
    fn() => fputcsv(fopen('php://memory', 'w'), [], ',', '"', 'ab'), fn() => stream_get_contents(fopen('php://memory', 'r'), -2)] as $fn) {
    try { $fn(); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
}
