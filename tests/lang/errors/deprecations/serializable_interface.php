<?php
echo "start\n";
class Legacy implements Serializable {
    public function serialize() { return "x"; }
    public function unserialize($data) {}
}
abstract class Base implements Serializable {}
class Modern implements Serializable {
    public function serialize() { return "x"; }
    public function unserialize($data) {}
    public function __serialize(): array { return []; }
    public function __unserialize(array $data): void {}
}
echo "end\n";
