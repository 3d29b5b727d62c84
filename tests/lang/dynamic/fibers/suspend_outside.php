<?php
try {
    Fiber::suspend(1);
} catch (FiberError $e) {
    echo $e->getMessage(), "\n";
    echo $e->getTraceAsString(), "\n";
}
Fiber::suspend();
