<?php
$a = new LogicException("first");
$b = new RuntimeException("second", 2, $a);
$c = new Exception("third", 3, $b);
throw $c;
