<?php
echo strlen(), "\n";
