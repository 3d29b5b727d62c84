<?php
select(['case', 'not a channel', '->', function () {}]);
