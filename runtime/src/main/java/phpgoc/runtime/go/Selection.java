package phpgoc.runtime.go;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * Go's {@code selectgo} over {@link Channel}s: with every case's channel locked (in channel id order,
 * so two selects never lock in opposite orders), (1) the ready cases are found and one chosen at
 * random is done; (2) else, without a default, the routine waits in every case's queue at once
 * (case order) under one {@link Waiter.SelectToken}; (3) once woken by the counterpart that claimed
 * the token, it leaves the other queues.
 */
final class Selection {
    private Selection() {}

    /** One channel case: a send of {@code value}, or a receive. */
    record Case(Channel channel, boolean send, Object value) {}

    /** The case done ({@code index}), and the value received (null for a closed channel) or sent. */
    record Result(int index, Object value) {}

    /** No case was ready and there is a default. */
    static final Result DEFAULT = new Result(-1, null);

    /** Runs one select; {@code random.applyAsInt(n)} picks among {@code n} ready cases. */
    static Result select(Routine me, Case[] cases, boolean hasDefault, IntUnaryOperator random) {
        return select(me, cases, lockOrder(cases), hasDefault, random);
    }

    /** {@link #select} with the cases' channels in lock order already ({@link #lockOrder}, computed once per Selector). */
    static Result select(Routine me, Case[] cases, Channel[] order, boolean hasDefault, IntUnaryOperator random) {
        Waiter[] wake = new Waiter[1];
        while (true) {
            lockAll(order);
            int n = 0;
            for (Case c : cases) if (ready(c)) n++;
            if (n > 0) {
                // the k-th ready case in case order, without an array of them (no allocation per round)
                int skip = n == 1 ? 0 : random.applyAsInt(n), k = 0;
                while (!ready(cases[k]) || skip-- > 0) k++;
                Case c = cases[k];
                Object v;
                if (c.send) v = c.channel.offerLocked(c.value, wake) ? c.value : Channel.EMPTY;
                else v = c.channel.pollLocked(wake);
                unlockAll(order);
                if (v == Channel.EMPTY) continue; // a timer thread claimed the counterpart meanwhile: look again
                if (wake[0] != null) wake[0].routine.scheduler.wake(wake[0].routine);
                return new Result(k, v == Channel.CLOSED ? null : v);
            }
            if (hasDefault) {
                unlockAll(order);
                return DEFAULT;
            }
            break;
        }
        // wait on all of them
        Waiter.SelectToken token = new Waiter.SelectToken();
        Waiter[] mine = new Waiter[cases.length];
        List<Channel> receiving = new ArrayList<>(cases.length); // sized: no growing on every blocking select
        for (int i = 0; i < cases.length; i++) {
            Case c = cases[i];
            Waiter w = new Waiter(me, c.channel, c.send, c.send ? c.value : null, token, i);
            mine[i] = w;
            if (c.send) c.channel.senders.add(w);
            else {
                c.channel.receivers.add(w);
                receiving.add(c.channel);
            }
        }
        me.waitingOn = receiving;
        unlockAll(order);
        me.scheduler.block(me, "select");
        Waiter fired = token.fired.get();
        lockAll(order);
        try {
            for (Waiter w : mine) {
                if (w == fired) continue;
                (w.send ? w.channel.senders : w.channel.receivers).remove(w);
            }
        } finally {
            unlockAll(order);
        }
        return new Result(fired.caseIndex, fired.send ? cases[fired.caseIndex].value : fired.value);
    }

    private static boolean ready(Case c) { return c.send ? c.channel.canSendLocked() : c.channel.canReceiveLocked(); }

    /** The distinct channels of {@code cases} in the one global order selects lock them in. */
    static Channel[] lockOrder(Case[] cases) {
        Channel[] cs = new Channel[cases.length];
        for (int i = 0; i < cases.length; i++) cs[i] = cases[i].channel;
        Arrays.sort(cs, Comparator.comparingLong(c -> c.id));
        int n = 0;
        for (int i = 0; i < cs.length; i++) if (n == 0 || cs[n - 1] != cs[i]) cs[n++] = cs[i];
        return n == cs.length ? cs : Arrays.copyOf(cs, n);
    }

    private static void lockAll(Channel[] order) { for (Channel c : order) c.lock.lock(); }

    private static void unlockAll(Channel[] order) {
        for (int i = order.length - 1; i >= 0; i--) order[i].lock.unlock();
    }
}
