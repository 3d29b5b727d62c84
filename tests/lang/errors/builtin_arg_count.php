<?php
echo "x\n";
echo strlen();
