<?php
$foo = "bar";
$bar = "baz";
echo "x ${'foo'}\n";
echo "heredoc: " . <<<TXT
  value ${foo}
  TXT;
echo "\n";
