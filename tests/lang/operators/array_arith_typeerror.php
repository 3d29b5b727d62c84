<?php
var_dump([1, 2] + [5, 6, 7]);
var_dump(['a' => 1] + ['a' => 2, 'b' => 3]);
var_dump([] + []);
var_dump([1] + 1);
