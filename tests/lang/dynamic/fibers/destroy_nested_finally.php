<?php
function deep() {
    try {
        Fiber::suspend();
    } finally {
        echo "deep finally\n";
    }
}
$f = new Fiber(function () {
    try {
        deep();
    } finally {
        echo "outer finally\n";
    }
    echo "not reached\n";
});
$f->start();
$g = new Fiber(function () {
    try { Fiber::suspend(); } finally { echo "g finally\n"; }
});
$g->start();
echo "done\n";
