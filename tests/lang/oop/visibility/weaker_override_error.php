<?php
class A { public function f() {} }
class B extends A { protected function f() {} }
