<?php
namespace Cfg;
echo "start\n";
echo Sub\NOPE;
