<?php
class T { public function v(): void { return 1; } }
