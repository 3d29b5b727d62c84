<?php
exit("5");
