<?php
namespace Cfg\Deep;
echo "start\n";
echo NOPE;
