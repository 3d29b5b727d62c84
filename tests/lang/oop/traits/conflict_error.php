<?php
trait A { public function hi() {} }
trait B { public function hi() {} }
class C { use A, B; }
