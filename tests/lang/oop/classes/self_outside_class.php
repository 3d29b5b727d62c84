<?php
echo "a\n";
try { echo self::class; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { echo static::class; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { echo parent::X; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { self::f(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { new static; } catch (Error $e) { echo $e->getMessage(), "\n"; }
// a closure outside classes reports it when it runs
$f = function () { return self::class; };
try { $f(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
function named() { return 1; }
echo named(), "\n";
