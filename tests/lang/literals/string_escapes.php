<?php
echo "tab[\t] nl[\n] cr-len:", strlen("\r"), "\n";
echo "vt:", strlen("\v"), " esc:", strlen("\e"), " ff:", strlen("\f"), "\n";
echo "dollar \$x backslash \\ quote \" \n";
echo "octal \101\102\103 \7 len ", strlen("\0"), "\n";
echo "hex \x41\x42 \x4a\n";
echo "unknown \q \z stays\n";
echo 'single \n \t \' \\ $x', "\n";
echo "\400", "|", strlen("\400"), "\n";
var_dump("\x", "\xZ", "\1234");
var_dump('\\\\');
var_dump("a\\b");
var_dump("\{x}");
