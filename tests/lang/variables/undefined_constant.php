<?php
echo "start\n";
echo NOT_DEFINED;
echo "end\n";
