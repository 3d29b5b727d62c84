<?php
echo strlen("a", "b"), "\n";
