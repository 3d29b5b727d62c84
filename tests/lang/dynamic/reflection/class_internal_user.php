<?php
class Mine {}
foreach (['Mine', 'stdClass', 'ArrayObject', 'Exception', 'ReflectionClass'] as $n) {
    $r = new ReflectionClass($n);
    echo $n, ": internal=", var_export($r->isInternal(), true), " user=", var_export($r->isUserDefined(), true),
        " file=", var_export($r->getFileName() === false ? false : basename($r->getFileName()), true),
        " start=", var_export($r->getStartLine(), true), "\n";
}
