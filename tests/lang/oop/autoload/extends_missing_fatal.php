<?php
spl_autoload_register(function ($c) { echo "autoload($c)\n"; });
echo "start\n";
class Child extends MissingParent {}
