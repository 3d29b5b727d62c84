<?php
namespace App {
    echo "in\n";
}
echo "out\n";
