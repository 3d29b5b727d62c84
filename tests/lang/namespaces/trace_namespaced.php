<?php
namespace Tr;
function inner($a) { return strlen($a); }
function outer() { return inner([1]); }
outer();
