<?php
echo strlen("ok"), "\n";
echo strlen([]);
