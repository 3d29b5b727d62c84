<?php
echo "before\n";
nope();
echo "after\n";
