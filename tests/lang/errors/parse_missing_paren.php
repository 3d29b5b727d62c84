<?php
if ($a == 1 {
    echo "a";
}
