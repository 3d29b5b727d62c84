<?php
echo "start\n";
class MyGen extends Generator {}
