<?php
trigger_error("<b>tag</b> & \"quotes\"", E_USER_WARNING);
trigger_error("", E_USER_NOTICE);
trigger_error("multi\nline", E_USER_NOTICE);
