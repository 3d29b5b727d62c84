<?php
namespace Lib;
function strlen($s) { return "mine:" . \strlen($s); }
echo strlen("abc"), "\n";
echo \strlen("abc"), "\n";
function count($x) { return 42; }
echo count([1]), "\n";
