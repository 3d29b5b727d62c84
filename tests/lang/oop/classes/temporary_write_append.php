<?php
// unset() and array appends through a property of a temporary object: compile errors.
function f() { return new stdClass; }
f()->list[] = 1;
unset(f()->list);
echo "ok\n";
(new stdClass)->list[] = 1;
