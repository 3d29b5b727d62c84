<?php
var_dump(array_key_exists(1.5, [1 => "x"]));
