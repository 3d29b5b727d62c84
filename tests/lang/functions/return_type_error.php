<?php
function r(): int { return "not a number"; }
echo "calling\n";
r();
