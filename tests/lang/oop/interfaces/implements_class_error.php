<?php
class NotAnInterface {}
class A implements NotAnInterface {}
