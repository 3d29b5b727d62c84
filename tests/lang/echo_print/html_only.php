This file has no PHP code at all.
Just text: $notAVariable <b>html</b>
