<?php
var_dump(ob_get_status(), ob_get_status(true), ob_list_handlers());
ob_start();
echo "abc";
ob_start();
echo "de";
$s = ob_get_status();
$f = ob_get_status(true);
$l = ob_list_handlers();
ob_end_clean();
ob_end_clean();
var_dump($s, $f, $l);
ob_implicit_flush();
ob_implicit_flush(false);
echo "before flush\n";
flush();
var_dump(exec('echo one; echo "two  "; printf three', $out, $rc), $out, $rc);
$out = ['keep'];
var_dump(exec('exit 3', $out, $rc), $out, $rc);
var_dump(exec('printf ""'));
$rc = null;
$last = system('echo sys1; echo sys2', $rc);
var_dump($last, $rc);
var_dump(passthru('printf "raw\\n\\n"; exit 2', $rc), $rc);
var_dump(shell_exec('echo hi; echo there'), shell_exec('true'));
var_dump(exec('pwd') === getcwd());
foreach ([fn() => exec(''), fn() => system("a\0b"), fn() => shell_exec('')] as $fn) {
    try { $fn(); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
}
