<?php
$a = 1;
else {
    echo "b";
}
