<?php
namespace App;
function f() {}
use function Lib\f;
echo "never\n";
