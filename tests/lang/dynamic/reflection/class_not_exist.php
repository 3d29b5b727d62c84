<?php
try {
    new ReflectionClass('NoSuchClass');
} catch (ReflectionException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
    var_dump($e instanceof Exception, $e->getCode());
}
try {
    new ReflectionClass('\Some\Ns\Missing');
} catch (ReflectionException $e) {
    echo $e->getMessage(), "\n";
}
new ReflectionClass('StillMissing');
