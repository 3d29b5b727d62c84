<?php
echo "first\n";
class C implements Countable, ArrayAccess, IteratorAggregate, JsonSerializable {
    function offsetGet($o) { return 1; }
    function offsetExists($o) { return true; }
    function offsetSet($o, $v) {}
    #[\ReturnTypeWillChange]
    function offsetUnset($o) {}
    function count() { return 0; }
    function getIterator(): Iterator { return new ArrayIterator([]); }
    function jsonSerialize() { return 1; }
}
interface MyI extends Countable {}
class D implements MyI { function count() { return 1; } }
abstract class E implements Serializable { }
class F implements Serializable { function serialize() {} function unserialize($d) {} function __serialize(): array { return []; } function __unserialize(array $a): void {} }
if (true) { class G implements Countable { function count() { return 1; } } }
echo "end\n";
