<?php
printf("[%05d]\n", 42);
printf("[%05d]\n", -42);
printf("[%5d]\n", 42);
printf("[%-5d]\n", 42);
printf("[%-5s|]\n", "ab");
printf("[%5s]\n", "ab");
printf("[%'*10s]\n", "pad");
printf("[%-'*10s]\n", "pad");
printf("[%'010d]\n", 7);
printf("[%+d] [%+d] [%+d]\n", 5, -5, 0);
printf("[%+.2f]\n", 1.5);
printf("[%2s]\n", "longer");
printf("[%-010d]\n", 42);
printf("[%010.3f]\n", -3.14159);
