<?php
$checks = [
    fn() => throw new BadFunctionCallException("bf"),
    fn() => throw new BadMethodCallException("bm"),
    fn() => throw new DomainException("d"),
    fn() => throw new LengthException("l"),
    fn() => throw new OutOfRangeException("or"),
    fn() => throw new OverflowException("of"),
    fn() => throw new RangeException("r"),
    fn() => throw new UnderflowException("uf"),
    fn() => throw new UnexpectedValueException("uv"),
];
foreach ($checks as $c) {
    try { $c(); } catch (LogicException $e) {
        echo "logic: ", get_class($e), " ", $e->getMessage(), "\n";
    } catch (RuntimeException $e) {
        echo "runtime: ", get_class($e), " ", $e->getMessage(), "\n";
    }
}
$a = new ArrayIterator([1]);
try { $a->seek(5); } catch (OutOfBoundsException $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$s = new SplStack;
try { $s->pop(); } catch (RuntimeException $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$f = new SplFixedArray(2);
try { $f[5] = 1; } catch (RuntimeException $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
