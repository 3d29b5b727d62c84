<?php
namespace App\Sub;
echo "before\n";
missing_function(1);
