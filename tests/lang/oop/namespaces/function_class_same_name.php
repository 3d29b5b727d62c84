<?php
namespace Svc;
class Logger { public function __construct() { echo "class Logger\n"; } }
function Logger() { return "function Logger"; }
const Logger = 'const Logger';
new Logger;
echo Logger(), "\n";
echo Logger, "\n";
echo Logger::class, "\n";
