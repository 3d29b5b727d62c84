<?php
class Priv { private function __construct() {} public static function make() { return new self; } }
class Bare {}
abstract class Abs {}
interface I {}
try { (new ReflectionClass('Priv'))->newInstance(); } catch (ReflectionException $e) { echo $e->getMessage(), "\n"; }
try { (new ReflectionClass('Bare'))->newInstance(1); } catch (ReflectionException $e) { echo $e->getMessage(), "\n"; }
try { (new ReflectionClass('Abs'))->newInstance(); } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { (new ReflectionClass('I'))->newInstanceArgs([]); } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
class Needs { function __construct(int $n) {} }
try { (new ReflectionClass('Needs'))->newInstance(); } catch (ArgumentCountError $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { (new ReflectionClass('Needs'))->newInstance('x'); } catch (TypeError $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
