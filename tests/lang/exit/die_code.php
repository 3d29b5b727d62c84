<?php
echo "x";
die(7);
