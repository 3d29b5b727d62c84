<?php
printf("[%.2f]\n", 3.14159);
printf("[%.0f]\n", 2.5);
printf("[%.0f]\n", 3.5);
printf("[%.3e]\n", 1234.5678);
printf("[%10.4f]\n", 3.14159265);
printf("[%-10.4f]\n", 3.14159265);
printf("[%.1s]\n", "abc");
printf("[%.10s]\n", "abc");
printf("[%5.1s]\n", "xyz");
printf("[%.15f]\n", 0.1);
printf("[%.20f]\n", 0.1);
printf("[%.60f]\n", 1.0);
printf("[%f]\n", 1e20);
printf("[%.2f]\n", 1.005);
printf("[%.3g]\n", 1234.5678);
printf("[%.2e]\n", 0.0);
