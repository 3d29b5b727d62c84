<?php
// strlen/count with one positional argument compile to opcodes in php: no frame of their own.
function h($s) { return strlen($s); }
echo h("abc"), "\n";
echo h([1]), "\n";
