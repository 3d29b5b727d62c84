<?php
$1abc = 5;
