<?php
// Blocked in code of an included file: frames name that file; the include shows as a call site.
echo "including\n";
require __DIR__ . '/inc/blocks.php';
