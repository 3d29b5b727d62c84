<?php
// strftime/gmstrftime (deprecated since 8.1) in the C locale at fixed timestamps, every conversion.
foreach ([0, 1700000000, 1704067200, 1735603200, 951782400] as $t) {
    echo gmstrftime('%a %A %d %e %j %u %w %U %W %V %G %g %b %B %h %m %y %Y %C %H %k %I %l %M %S %p %P|%r|%R|%T|%X|%D|%x|%F|%c|%s %z %Z %% %q', $t), "\n";
}
echo strftime('%Y-%m-%d %H:%M:%S %Z', 1700000000), "\n";
date_default_timezone_set('America/New_York');
echo strftime('%Y-%m-%d %H:%M:%S %z %Z', 1700000000), "\n";
