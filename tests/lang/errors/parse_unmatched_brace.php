<?php
echo "x\n";
}
