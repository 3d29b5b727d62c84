<?php
$e = new ErrorException("msg", 3, E_USER_WARNING, "somefile.php", 42);
var_dump($e->getMessage(), $e->getCode(), $e->getSeverity(), $e->getFile(), $e->getLine());
$d = new ErrorException("x");
var_dump($d->getSeverity(), $d->getLine(), basename($d->getFile()));
var_dump($d instanceof Exception);
$p = new ErrorException("with prev", 0, E_ERROR, null, null, new RuntimeException("inner"));
var_dump($p->getPrevious()->getMessage(), $p->getLine());
