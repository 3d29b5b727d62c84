<?php
interface I { const X = 1; }
class A implements I { const X = 2; }
echo A::X, "\n";
