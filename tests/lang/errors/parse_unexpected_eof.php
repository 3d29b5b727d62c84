<?php
echo "start";
echo 1 +
