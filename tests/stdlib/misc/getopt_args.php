<?php
var_dump($argv);
var_dump(getopt('ab:c::v', ['long', 'req:', 'opt::'], $rest), $rest);
var_dump(getopt('x'));
var_dump(getopt('', ['req:']));
