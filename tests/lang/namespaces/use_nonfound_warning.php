<?php
use Foo;
use function strlen;
echo strlen("ab"), "\n";
