<?php
class AEx extends Exception {}
class BEx extends Exception {}
class CEx extends Exception {}
foreach ([new AEx('a'), new BEx('b'), new CEx('c'), new TypeError('t')] as $ex) {
    try {
        try {
            throw $ex;
        } catch (AEx | BEx $e) {
            echo "A|B caught ", get_class($e), "\n";
        } catch (CEx | TypeError $e) {
            echo "C|TypeError caught ", get_class($e), "\n";
        }
    } catch (Throwable $t) {
        echo "outer ", get_class($t), "\n";
    }
}
