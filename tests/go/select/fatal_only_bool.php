<?php
select(false);
echo "not reached\n";
