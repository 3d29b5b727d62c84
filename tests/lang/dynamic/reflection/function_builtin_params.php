<?php
foreach (['strlen', 'str_replace', 'array_map', 'in_array', 'implode'] as $fn) {
    $f = new ReflectionFunction($fn);
    $ps = [];
    foreach ($f->getParameters() as $p) {
        $ps[] = ($p->isOptional() ? '?' : '') . ($p->isVariadic() ? '...' : '') . ($p->isPassedByReference() ? '&' : '') . '$' . $p->getName();
    }
    echo $f->getName(), '(', implode(', ', $ps), ') internal=', var_export($f->isInternal(), true),
        ' required=', $f->getNumberOfRequiredParameters(), "\n";
}
var_dump((new ReflectionFunction('strtoupper'))->invoke('abc'));
var_dump((new ReflectionFunction('max'))->invokeArgs([3, 9, 2]));
