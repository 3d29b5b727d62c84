<?php
require __DIR__ . '/inc/lib.inc';
use Vendor\Pkg\Greeter;
use function Vendor\Pkg\shout;
echo (new Greeter)->hello('x'), "\n";
echo shout('y'), "\n";
echo \Vendor\Pkg\VERSION, "\n";
echo __NAMESPACE__ === '' ? "global here\n" : "ns\n";
