<?php
$f = new Fiber(function () {
    try { Fiber::suspend(); } finally { echo "fiber finally\n"; }
});
$f->start();
throw new Exception("main fails");
