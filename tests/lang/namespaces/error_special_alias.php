<?php
namespace App;
use Lib\Thing as parent;
