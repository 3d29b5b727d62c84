<?php
echo "before\n";
function run() {
    eval("echo 'fine';\n\$x = [1, 2;\n");
}
run();
echo "not reached\n";
