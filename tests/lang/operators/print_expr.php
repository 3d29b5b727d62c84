<?php
print 1 + 2;
print "\n";
print "a" . "b" . "\n";
$x = print "side\n";
var_dump($x);
true and print "and-print\n";
echo (print ""), "\n";
