<?php
// a file without __halt_compiler() has no __COMPILER_HALT_OFFSET__
var_dump(defined('__COMPILER_HALT_OFFSET__'));
echo __COMPILER_HALT_OFFSET__;
