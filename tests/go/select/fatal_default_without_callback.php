<?php
select(['default']);
