<?php
// getopt over the arguments in getopt_args.args ($argv[0], the script's path, left out of the dump:
// its length depends on where the tests live)
var_dump(basename($argv[0]), array_slice($argv, 1));
var_dump(getopt('ab:c::v', ['long', 'req:', 'opt::'], $rest), $rest);
var_dump(getopt('x'));
var_dump(getopt('', ['req:']));
