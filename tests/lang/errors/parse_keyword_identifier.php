<?php
function function() {}
