<?php
spl_autoload_register(function ($c) { throw new RuntimeException("cannot load $c"); });
try { new Foo; } catch (RuntimeException $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { class_exists('Bar'); } catch (RuntimeException $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
Baz::f();
