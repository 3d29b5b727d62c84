<?php
function existing() {}
echo "start\n";
eval('function existing() {}');
echo "not reached\n";
