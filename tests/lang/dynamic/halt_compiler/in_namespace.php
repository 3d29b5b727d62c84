<?php
namespace App;
// the constant is seen from a namespace too (fallback to the global name)
echo __COMPILER_HALT_OFFSET__ > 0 ? "offset ok\n" : "no offset\n";
echo \__COMPILER_HALT_OFFSET__ === __COMPILER_HALT_OFFSET__ ? "same\n" : "differs\n";
__halt_compiler();
DATA
