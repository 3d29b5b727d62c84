<?php
while (true) {
    break 2;
}
