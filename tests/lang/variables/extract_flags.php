<?php
$data = ['a' => 2, 'b' => 3, '1x' => 4, 5 => 6, 'u' => 7, 'this' => 9, '' => 10];
$flags = ['EXTR_OVERWRITE' => EXTR_OVERWRITE, 'EXTR_SKIP' => EXTR_SKIP, 'EXTR_PREFIX_SAME' => EXTR_PREFIX_SAME,
    'EXTR_PREFIX_ALL' => EXTR_PREFIX_ALL, 'EXTR_PREFIX_INVALID' => EXTR_PREFIX_INVALID,
    'EXTR_IF_EXISTS' => EXTR_IF_EXISTS, 'EXTR_PREFIX_IF_EXISTS' => EXTR_PREFIX_IF_EXISTS];
foreach ($flags as $name => $f) {
    $run = function ($data, $f) {
        $a = 1;
        $u = null;
        try {
            echo 'count: ', extract($data, $f, 'p'), "\n";
        } catch (Error $e) {
            echo get_class($e), ': ', $e->getMessage(), "\n";
            unset($e);
        }
        unset($data, $f);
        return get_defined_vars();
    };
    echo "$name\n";
    print_r($run($data, $f));
}

function refsWith($f) {
    $arr = ['a' => 1, 'b' => 2];
    $a = 0;
    echo extract($arr, $f | EXTR_REFS, 'r'), "\n";
    foreach (get_defined_vars() as $k => $v) if ($k !== 'arr' && $k !== 'f') $$k = $v * 100;
    print_r($arr);
}
refsWith(EXTR_PREFIX_SAME);
refsWith(EXTR_IF_EXISTS);
refsWith(EXTR_PREFIX_ALL);

var_dump(extract(['a' => 1, 0 => 2], EXTR_PREFIX_ALL, ''));
var_dump($_a, $_0);
var_dump(extract(['k' => 1], EXTR_SKIP, 'ignored'));
foreach ([-1, 7, 255, 256 + 7] as $f) {
    try { extract([], $f); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
}
foreach ([EXTR_PREFIX_SAME, EXTR_PREFIX_ALL, EXTR_PREFIX_INVALID, EXTR_PREFIX_IF_EXISTS] as $f) {
    try { extract([], $f); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
}
try { extract([], EXTR_SKIP, '1bad'); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { extract(['z' => 1], EXTR_PREFIX_ALL, 'bad prefix'); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
extract(['z' => 1], EXTR_PREFIX_ALL, 'bad prefix');
