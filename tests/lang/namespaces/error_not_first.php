<?php
echo "x";
namespace App;
echo "never\n";
