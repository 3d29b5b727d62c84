<?php
// DatePeriod from ISO 8601 strings (R<n>/start/interval[/end]), its public properties after iteration, current, getRecurrences, errors.
$p = new DatePeriod('R3/2012-07-01T00:00:00Z/P7D');
foreach ($p as $d) echo $d->format('c e'), "\n";
print_r($p);
$p = new DatePeriod('R2/2012-07-01T10:00:00Z/PT1H', DatePeriod::EXCLUDE_START_DATE);
foreach ($p as $d) echo $d->format('c e'), "\n";
try { new DatePeriod('garbage'); } catch (Exception $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
echo $p->getRecurrences(), "\n";
try { new DatePeriod("garbage"); } catch (Exception $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; } try { new DatePeriod("R2/2012-07-01T00:00:00Z"); } catch (Exception $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }  $p = new DatePeriod(new DateTime("2024-01-01"), new DateInterval("P1D"), new DateTime("2024-01-03")); foreach ($p as $d); print_r($p); $p = new DatePeriod("R2/2012-07-01T00:00:00Z/P1D/2012-07-05T00:00:00Z"); foreach ($p as $d) echo $d->format("c"), "\n"; var_dump($p->getRecurrences(), $p->recurrences, $p->include_end_date);
$p = new DatePeriod(new DateTimeImmutable('2024-01-01'), new DateInterval('P1D'), 2, DatePeriod::EXCLUDE_START_DATE);
foreach ($p as $k => $d) echo $k, get_class($d), $d->format(' Y-m-d'), "\n";
var_dump($p->getRecurrences(), $p->recurrences, $p->getEndDate());
