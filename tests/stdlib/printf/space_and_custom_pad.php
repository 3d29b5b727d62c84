<?php
printf("[% d]\n", 42);
printf("[% 5d]\n", 42);
printf("[%'x-8s]\n", "ab");
printf("[%'.10d]\n", -42);
printf("[%+05d]\n", 42);
printf("[%+05d]\n", -42);
printf("[%05s]\n", "ab");
printf("[%-05s]\n", "ab");
printf("[%5.2f%%]\n", 45.678);
