<?php
function s($a) { return @str_repeat($a, -1); }
s('x');
