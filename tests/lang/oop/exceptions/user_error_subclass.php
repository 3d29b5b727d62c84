<?php
class ConfigError extends Error {
    public function __construct(string $key) { parent::__construct("missing config '$key'", 17); }
}
final class StrictValue extends ValueError {}
function load($k) { throw new ConfigError($k); }
try { load('db'); } catch (Exception $e) { echo "wrong\n"; } catch (Error $e) {
    echo get_class($e), " ", $e->getMessage(), " ", $e->getCode(), " ", get_parent_class($e), "\n";
}
try { throw new StrictValue("strict"); } catch (ValueError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump(new ConfigError('x') instanceof Throwable);
