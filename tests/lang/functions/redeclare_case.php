<?php
function foo() { return 1; }
function FOO() { return 2; }
echo foo();
