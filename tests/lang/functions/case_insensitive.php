<?php
function MyFunc() { return "called"; }
echo myfunc(), "\n";
echo MYFUNC(), "\n";
echo STRLEN("abc"), "\n";
echo Count([1, 2]), "\n";
