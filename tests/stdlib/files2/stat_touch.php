<?php
$d = sys_get_temp_dir() . '/phpgoc_h5_stat_' . mt_rand();
@mkdir($d);
$f = "$d/a.txt";
file_put_contents($f, "hello");
var_dump(touch($f, 1000000000), clearstatcache(), filemtime($f), fileatime($f));
var_dump(touch($f, 1000000000, 1000000500), clearstatcache(), filemtime($f), fileatime($f));
var_dump(filetype($f), filetype($d), is_link($f), is_executable($f));
var_dump(chmod($f, 0755), clearstatcache(), decoct(fileperms($f)), is_executable($f), decoct(fileperms($f) & 0777));
var_dump(chmod($f, 0640), clearstatcache(), decoct(fileperms($f) & 0777));
clearstatcache();
$st = stat($f);
var_dump(count($st), $st['size'], $st[7], $st['mtime'], decoct($st['mode']), array_keys($st) === array_merge(range(0, 12),
    ['dev', 'ino', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'size', 'atime', 'mtime', 'ctime', 'blksize', 'blocks']));
var_dump(fileinode($f) === $st['ino'], fileowner($f) === $st['uid'], filegroup($f) === $st['gid'], filectime($f) >= 1000000000);
var_dump(copy($f, "$d/b.txt"), file_get_contents("$d/b.txt"));
var_dump(rename("$d/b.txt", "$d/c.txt"), file_exists("$d/b.txt"), file_get_contents("$d/c.txt"));
var_dump(symlink("$d/c.txt", "$d/l.txt"), is_link("$d/l.txt"), readlink("$d/l.txt") === "$d/c.txt", filetype("$d/l.txt"),
    lstat("$d/l.txt")['size'] !== 5, stat("$d/l.txt")['size']);
var_dump(link("$d/c.txt", "$d/h.txt"), stat("$d/h.txt")['nlink']);
var_dump(touch("$d/new.txt"), file_exists("$d/new.txt"), filesize("$d/new.txt"));
clearstatcache();
clearstatcache(true, $f);
$old = getcwd();
var_dump(chdir($d), getcwd() === realpath($d), file_get_contents('a.txt'), chdir($old));
var_dump(is_float(disk_free_space($d)), disk_total_space($d) > 0);
var_dump(umask(), umask(077), umask(), umask(022));
chdir($d);
foreach (['filemtime', 'stat', 'lstat', 'filetype', 'fileperms', 'fileowner', 'fileinode', 'readlink'] as $fn) var_dump($fn("nope"));
var_dump(touch("nodir/x"), chmod("nope", 0644), copy("nope", "x"), rename("nope", "y"), chdir("nope"),
    chdir('a.txt'), readlink('a.txt'), link("nope", "z"), symlink('a.txt', 'a.txt'), copy('.', "q"));
chdir($old);
foreach (glob("$d/*") as $x) unlink($x);
rmdir($d);
var_dump(file_exists($d));
