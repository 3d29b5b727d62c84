<?php
// goo(['isolate_http_globals' => true]) gives the routine its own copy of $_GET, $_POST, $_COOKIE,
// $_SERVER, $_ENV, $_FILES and $_REQUEST taken at creation; $GLOBALS is always shared. Other
// routines share main's.
use go\Runtime;
use go\Scheduler;

$_GET = ['page' => 'main'];
$_SERVER['X_TEST'] = 'main';
$shared = 'main';
goo(['isolate_http_globals' => true], function () {
    echo "isolated sees page=", $_GET['page'], " X_TEST=", $_SERVER['X_TEST'], "\n";
    $_GET['page'] = 'isolated';
    $_SERVER['X_TEST'] = 'isolated';
    $GLOBALS['shared'] = 'isolated';
    Runtime::gosched();
    echo "isolated still sees page=", $_GET['page'], " X_TEST=", $_SERVER['X_TEST'], "\n";
});
$_GET['page'] = 'main, after creation';
go(function () {
    echo "plain routine sees page=", $_GET['page'], " X_TEST=", $_SERVER['X_TEST'], "\n";
    $_GET['page'] = 'plain';
});
Scheduler::join();
echo "main sees page=", $_GET['page'], " X_TEST=", $_SERVER['X_TEST'], " shared=$shared\n";
