<?php
echo "not reached\n";

#[AllowDynamicProperties]
readonly
class Config {}
