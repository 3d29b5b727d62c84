<?php
echo "before\n";
select();
echo "not reached\n";
