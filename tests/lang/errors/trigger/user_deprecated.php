<?php
trigger_error("old api", E_USER_DEPRECATED);
echo "after\n";
