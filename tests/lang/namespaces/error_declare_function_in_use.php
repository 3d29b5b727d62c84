<?php
namespace App;
use function Lib\f;
function f() {}
echo "never\n";
