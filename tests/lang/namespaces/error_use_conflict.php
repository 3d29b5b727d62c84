<?php
namespace App;
use Lib\One as X;
use Lib\Two as X;
echo "never\n";
