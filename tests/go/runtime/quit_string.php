<?php
// Runtime::quit() with a string prints it and exits with status 0, as exit() does.
echo "before\n";
go\Runtime::quit("bye\n");
echo "not reached\n";
