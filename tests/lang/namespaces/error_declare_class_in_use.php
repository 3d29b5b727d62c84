<?php
namespace X;
use Other\Thing;
class Thing {}
