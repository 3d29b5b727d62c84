<?php
echo "no closing tag, final newline kept\n";
