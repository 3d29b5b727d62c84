<?php
class A { final public const X = 1; }
class B extends A { public const X = 2; }
