<?php
namespace App;
use const Lib\K;
const K = 1;
echo "never\n";
