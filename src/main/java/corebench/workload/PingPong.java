package corebench.workload;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Exchanger;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * The ping-pong workload: two parties pass a message back and forth {@code rounds} times, the pure
 * hand-off cost behind every per-task overhead corebench measures. One round trip is a message there
 * (the ping, a number one higher each time) and the reply back (the pong: how many pings the other party
 * has received), so both parties count, and every reply is checked against the ping it answers.
 *
 * <p>Between two threads (platform or virtual, whichever factory makes them) through a pair of
 * {@link SynchronousQueue}s, an {@link Exchanger} (two exchanges per round trip: the ping, then the
 * pong) or bare {@link LockSupport} park/unpark on two volatile fields; between two JVMs over a pipe
 * (the seeds' {@code Pipe}: see {@code worker.PingPongPeer}) or through two words in shared memory
 * ({@link #sharedMemoryPing}/{@link #sharedMemoryEcho}, waiting with {@link Backoff}: spin, then park).
 */
public final class PingPong {
    /** The ping that tells a shared-memory echo to leave. */
    public static final long STOP = -1;
    /** Longs of a shared-memory ping-pong file: ping, pong and a ready flag, each on its own cache line. */
    public static final int SHARED_LONGS = 24;
    private static final int PING_AT = 0;
    private static final int PONG_AT = 8;
    private static final int READY_AT = 16;

    /** How the two parties hand the message over. */
    /** Why a model without {@link Trait#TWO_PARTIES} runs no ping-pong (the model's name follows). */
    public static final String PARTIES = "ping-pong has two parties: two platform threads (platform-pool), two virtual"
            + " threads (virtual) or two JVMs (process-pool)";

    /** What a model needs to run {@code mechanism}: two parties, threads of one JVM or two JVMs as it hands over. */
    public static List<Need> needs(Mechanism mechanism) {
        return List.of(Need.has(Trait.TWO_PARTIES, PARTIES), mechanism.betweenJvms()
                ? Need.has(Trait.JVM_PER_WORKER, mechanism.id() + " hands over between two JVMs: run it with process-pool")
                : Need.lacks(Trait.JVM_PER_WORKER, mechanism.id() + " hands over between threads of one JVM, not between JVMs"));
    }

    public enum Mechanism {
        SYNCHRONOUS_QUEUE("synchronous-queue", false),
        EXCHANGER("exchanger", false),
        PARK("park", false),
        PIPE("pipe", true),
        SHARED_MEMORY("shared-memory", true);

        private final String id;
        private final boolean betweenJvms;

        Mechanism(String id, boolean betweenJvms) {
            this.id = id;
            this.betweenJvms = betweenJvms;
        }

        /** The name in results and on the command line. */
        public String id() {
            return id;
        }

        /** Whether the two parties are two JVMs (else two threads of one). */
        public boolean betweenJvms() {
            return betweenJvms;
        }

        /** The mechanism with this id; the error lists the valid ones. */
        public static Mechanism byId(String id) {
            for (Mechanism m : values()) {
                if (m.id.equals(id)) {
                    return m;
                }
            }
            throw new IllegalArgumentException("unknown mechanism '" + id + "'; mechanisms are "
                    + Arrays.stream(values()).map(Mechanism::id).toList());
        }
    }

    private PingPong() {
    }

    /**
     * {@code rounds} round trips between two new threads from {@code threads}; returns the number of pings
     * the replying party counted, after checking every pong. Both threads are started and joined inside,
     * so an operation also pays two thread starts (some 0.1 ms, well under 1% of thousands of round trips).
     */
    public static long betweenThreads(Mechanism mechanism, ThreadFactory threads, int rounds) throws InterruptedException {
        Party party = switch (mechanism) {
            case SYNCHRONOUS_QUEUE -> new QueuePair();
            case EXCHANGER -> new ExchangerPair();
            case PARK -> new ParkPair();
            default -> throw new IllegalArgumentException(mechanism.id() + " is not between threads");
        };
        AtomicLong counted = new AtomicLong();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread pong = threads.newThread(guarded(failure, () -> counted.set(party.pong(rounds))));
        Thread ping = threads.newThread(guarded(failure, () -> party.ping(rounds)));
        party.bind(ping, pong);
        pong.start();
        ping.start();
        ping.join();
        pong.join();
        if (failure.get() != null) {
            throw new IllegalStateException(mechanism.id() + " ping-pong failed: " + failure.get(), failure.get());
        }
        return counted.get();
    }

    /**
     * The pinging side in shared memory: {@code rounds} pings numbered from {@code first}; each must be
     * answered with its own number (the echo's count). {@code whileParked} runs whenever the wait parks, to
     * throw if the other party is gone. Returns the next ping's number.
     */
    public static long sharedMemoryPing(SharedLongs file, long first, int rounds, Runnable whileParked) {
        Backoff wait = new Backoff();
        long last = first + rounds;
        for (long v = first; v < last; v++) {
            file.set(PING_AT, v);
            wait.reset();
            long pong;
            while ((pong = file.get(PONG_AT)) == v - 1) {
                if (wait.idle()) {
                    whileParked.run();
                }
            }
            check(v, pong);
        }
        return last;
    }

    /** The echoing side in shared memory: answers every new ping with its count, until a {@link #STOP}. */
    public static void sharedMemoryEcho(SharedLongs file) {
        file.set(READY_AT, 1);
        Backoff wait = new Backoff();
        long count = 0;
        while (true) {
            long ping;
            wait.reset();
            while ((ping = file.get(PING_AT)) == count) {
                wait.idle();
            }
            if (ping == STOP) {
                return;
            }
            file.set(PONG_AT, ++count);
        }
    }

    /** Whether the echo has started ({@link #sharedMemoryEcho} says so first). */
    public static boolean sharedMemoryEchoReady(SharedLongs file) {
        return file.get(READY_AT) != 0;
    }

    /** Tells a shared-memory echo to leave. */
    public static void sharedMemoryStop(SharedLongs file) {
        file.set(PING_AT, STOP);
    }

    /** Throws unless the pong answers ping {@code ping}: the other party counted exactly one per ping. */
    public static void check(long ping, long pong) {
        if (pong != ping) {
            throw new IllegalStateException("ping " + ping + " was answered with " + pong + ": a round trip was lost or doubled");
        }
    }

    private static Runnable guarded(AtomicReference<Throwable> failure, InterruptibleRun body) {
        return () -> {
            try {
                body.run();
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
            }
        };
    }

    private interface InterruptibleRun {
        void run() throws InterruptedException;
    }

    /** One mechanism's two sides. */
    private abstract static class Party {
        void bind(Thread ping, Thread pong) {
        }

        abstract void ping(int rounds) throws InterruptedException;

        abstract long pong(int rounds) throws InterruptedException;
    }

    private static final class QueuePair extends Party {
        private final SynchronousQueue<Long> there = new SynchronousQueue<>();
        private final SynchronousQueue<Long> back = new SynchronousQueue<>();

        @Override
        void ping(int rounds) throws InterruptedException {
            for (long v = 1; v <= rounds; v++) {
                there.put(v);
                check(v, back.take());
            }
        }

        @Override
        long pong(int rounds) throws InterruptedException {
            long count = 0;
            for (int i = 0; i < rounds; i++) {
                there.take();
                back.put(++count);
            }
            return count;
        }
    }

    private static final class ExchangerPair extends Party {
        private final Exchanger<Long> exchanger = new Exchanger<>();

        @Override
        void ping(int rounds) throws InterruptedException {
            for (long v = 1; v <= rounds; v++) {
                exchanger.exchange(v); // the ping
                check(v, exchanger.exchange(0L)); // the pong
            }
        }

        @Override
        long pong(int rounds) throws InterruptedException {
            long count = 0;
            for (int i = 0; i < rounds; i++) {
                exchanger.exchange(0L);
                exchanger.exchange(++count);
            }
            return count;
        }
    }

    private static final class ParkPair extends Party {
        private final AtomicLong ping = new AtomicLong();
        private final AtomicLong pong = new AtomicLong();
        private volatile Thread pinger;
        private volatile Thread ponger;

        @Override
        void bind(Thread pingThread, Thread pongThread) {
            pinger = pingThread;
            ponger = pongThread;
        }

        @Override
        void ping(int rounds) {
            for (long v = 1; v <= rounds; v++) {
                ping.set(v);
                LockSupport.unpark(ponger);
                long p;
                while ((p = pong.get()) == v - 1) {
                    LockSupport.park(this);
                }
                check(v, p);
            }
        }

        @Override
        long pong(int rounds) {
            long count = 0;
            for (int i = 0; i < rounds; i++) {
                while (ping.get() == count) {
                    LockSupport.park(this);
                }
                pong.set(++count);
                LockSupport.unpark(pinger);
            }
            return count;
        }
    }
}
