<?php
echo "before\n";
throw new RuntimeException("plain failure", 3);
