<?php
echo "start\n";
class MyFiber extends Fiber {}
