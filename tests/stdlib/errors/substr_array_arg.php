<?php
echo substr("abc", []), "\n";
