<?php echo "crlf"; ?>
next line
