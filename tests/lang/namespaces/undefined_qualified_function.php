<?php
namespace App;
echo "before\n";
Sub\missing();
