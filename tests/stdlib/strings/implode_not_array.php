<?php
echo implode(",", "x"), "\n";
