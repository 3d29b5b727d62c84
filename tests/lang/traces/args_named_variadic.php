<?php
function f(...$xs) { return 1 % 0; }
f(a: 1, b: 'two');
