<?php
class T { public int $i = "x"; }
