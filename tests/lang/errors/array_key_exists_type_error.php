<?php
var_dump(array_key_exists('a', ['a' => 1]));
var_dump(array_key_exists([], ['a' => 1]));
