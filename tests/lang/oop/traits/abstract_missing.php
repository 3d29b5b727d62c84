<?php
trait T { abstract public function need(): int; }
class A { use T; }
