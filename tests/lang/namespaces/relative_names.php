<?php
namespace Top\Mid;
function f() { return "f"; }
const K = "k";
echo namespace\f(), namespace\K, "\n";
namespace Top;
function g() { return "g"; }
echo namespace\Mid\f(), namespace\g(), namespace\Mid\K, "\n";
