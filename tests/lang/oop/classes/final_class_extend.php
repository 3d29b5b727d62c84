<?php
final class A {}
echo "never\n";
class B extends A {}
