package phpgoc.runtime.ext.standard;

import java.util.Comparator;

/**
 * A port of php's {@code zend_sort} (Zend/zend_sort.c): insertion sort up to 16 elements (with the
 * fixed networks for 2..5), else a libc++-style quicksort around a median of 3 (or 5 from 1024
 * elements). Ported step for step, with the same comparisons in the same order, so an inconsistent
 * comparison (mixed types under SORT_REGULAR, a user callback that is not a total order) leaves
 * the elements in the same order as php. php makes it stable by breaking ties on the original
 * position; {@link #sort} does the same.
 */
final class ZendSort {
    private ZendSort() {}

    /** Sorts {@code a} in place as php's {@code zend_hash_sort} with {@code cmp} plus the position tie-break. */
    static <T> void sort(T[] a, Comparator<? super T> cmp) {
        int n = a.length;
        if (n < 2) return;
        Object[] items = new Object[n];
        for (int i = 0; i < n; i++) items[i] = new Item<T>(a[i], i);
        Comparator<Object> c = (x, y) -> {
            @SuppressWarnings("unchecked") Item<T> p = (Item<T>) x;
            @SuppressWarnings("unchecked") Item<T> q = (Item<T>) y;
            int r = cmp.compare(p.value, q.value);
            return r != 0 ? r : Integer.compare(p.pos, q.pos);
        };
        new ZendSort.Run(items, c).sort(0, n);
        for (int i = 0; i < n; i++) {
            @SuppressWarnings("unchecked") Item<T> it = (Item<T>) items[i];
            a[i] = it.value;
        }
    }

    private record Item<T>(T value, int pos) {}

    /** One sort over {@code a}; indices play the role of zend_sort's pointers. */
    private record Run(Object[] a, Comparator<Object> cmp) {
        private boolean gt(int i, int j) { return cmp.compare(a[i], a[j]) > 0; }

        private void swp(int i, int j) {
            Object t = a[i];
            a[i] = a[j];
            a[j] = t;
        }

        private void sort2(int x, int y) { if (gt(x, y)) swp(x, y); }

        private void sort3(int x, int y, int z) {
            if (!gt(x, y)) {
                if (!gt(y, z)) return;
                swp(y, z);
                if (gt(x, y)) swp(x, y);
                return;
            }
            if (!gt(z, y)) {
                swp(x, z);
                return;
            }
            swp(x, y);
            if (gt(y, z)) swp(y, z);
        }

        private void sort4(int x, int y, int z, int w) {
            sort3(x, y, z);
            if (gt(z, w)) {
                swp(z, w);
                if (gt(y, z)) {
                    swp(y, z);
                    if (gt(x, y)) swp(x, y);
                }
            }
        }

        private void sort5(int x, int y, int z, int w, int v) {
            sort4(x, y, z, w);
            if (gt(w, v)) {
                swp(w, v);
                if (gt(z, w)) {
                    swp(z, w);
                    if (gt(y, z)) {
                        swp(y, z);
                        if (gt(x, y)) swp(x, y);
                    }
                }
            }
        }

        /** zend_insert_sort over [start, start+n). */
        private void insertSort(int start, int n) {
            switch (n) {
                case 0, 1 -> { }
                case 2 -> sort2(start, start + 1);
                case 3 -> sort3(start, start + 1, start + 2);
                case 4 -> sort4(start, start + 1, start + 2, start + 3);
                case 5 -> sort5(start, start + 1, start + 2, start + 3, start + 4);
                default -> {
                    int end = start + n, sentry = start + 6;
                    for (int i = start + 1; i < sentry; i++) {
                        int j = i - 1;
                        if (!gt(j, i)) continue;
                        while (j != start) {
                            j--;
                            if (!gt(j, i)) {
                                j++;
                                break;
                            }
                        }
                        for (int k = i; k > j; k--) swp(k, k - 1);
                    }
                    for (int i = sentry; i < end; i++) {
                        int j = i - 1;
                        if (!gt(j, i)) continue;
                        while (true) {
                            j -= 2;
                            if (!gt(j, i)) {
                                j++;
                                if (!gt(j, i)) j++;
                                break;
                            }
                            if (j == start) break;
                            if (j == start + 1) {
                                j--;
                                if (gt(i, j)) j++;
                                break;
                            }
                        }
                        for (int k = i; k > j; k--) swp(k, k - 1);
                    }
                }
            }
        }

        /** zend_sort over [start, start+n). */
        void sort(int start, int n) {
            while (true) {
                if (n <= 16) {
                    insertSort(start, n);
                    return;
                }
                int end = start + n;
                int offset = n >> 1;
                int pivot = start + offset;
                if ((n >> 10) != 0) {
                    int delta = offset >> 1;
                    sort5(start, start + delta, pivot, pivot + delta, end - 1);
                } else {
                    sort3(start, pivot, end - 1);
                }
                swp(start + 1, pivot);
                pivot = start + 1;
                int i = pivot + 1, j = end - 1;
                loop:
                while (true) {
                    while (gt(pivot, i)) {
                        i++;
                        if (i == j) break loop;
                    }
                    j--;
                    if (j == i) break;
                    while (gt(j, pivot)) {
                        j--;
                        if (j == i) break loop;
                    }
                    swp(i, j);
                    i++;
                    if (i == j) break;
                }
                swp(pivot, i - 1);
                if ((i - 1) - start < end - i) {
                    sort(start, i - start - 1);
                    n = end - i;
                    start = i;
                } else {
                    sort(i, end - i);
                    n = i - start - 1;
                }
            }
        }
    }
}
