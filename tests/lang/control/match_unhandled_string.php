<?php
$v = "hello";
echo match ($v) { "x" => 1 };
