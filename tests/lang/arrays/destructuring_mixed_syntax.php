<?php
// Nesting [] inside list() (or list() inside []) is a compile error in php.
[$a, list($b)] = [1, [2]];
