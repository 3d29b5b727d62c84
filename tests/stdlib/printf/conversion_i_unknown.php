<?php
// %i is not a PHP conversion (unlike C): ValueError
printf("[%i]\n", 42);
