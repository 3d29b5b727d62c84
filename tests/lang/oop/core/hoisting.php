<?php
echo (new B)->hi(), "\n";
class A { function hi() { return "A::hi"; } }
class B extends A {}
if (true) {
    class C { function hi() { return "C"; } }
}
echo (new C)->hi(), "\n";
echo (new D)->hi(), "\n";
class D extends Missing {}
