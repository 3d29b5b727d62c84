<?php
class Base {}
echo "start\n";
#[SomeAttribute]
readonly
final class Child extends Base
{
    public int $x;
}
