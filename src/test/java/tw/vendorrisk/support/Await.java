package tw.vendorrisk.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for something the application does after a browser action, e.g. a process reaching a step. */
public final class Await {

    private Await() {
    }

    public static void until(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError(what + " did not happen within " + timeout.toSeconds() + " s");
    }
}
