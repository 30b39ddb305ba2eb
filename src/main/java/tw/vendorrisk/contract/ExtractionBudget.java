package tw.vendorrisk.contract;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;

/**
 * What reading the text of one uploaded contract may take: characters of text, bytes unpacked and
 * processor time. A file of up to 10 MB can unpack to gigabytes (a .docx is a zip, a PDF compresses its streams)
 * or make a reader work for minutes; a contract never does. The readers report what they unpack and
 * extract as they go, and the first limit passed refuses the file with a
 * {@link ContractTooLargeException}, which is also kept: a library that catches it cannot make the
 * reading go on ({@link #rethrowIfExceeded()}).
 */
final class ExtractionBudget {

    private static final long MB = 1024 * 1024;

    /**
     * The limits.
     *
     * @param maxCharacters characters of text in the whole contract (a printed page of a Chinese contract
     *            holds about 1 350, so 500 000 are some 370 pages; the clause check takes seconds for them)
     * @param maxPageCharacters characters on one PDF page (a dense page has about 4 000)
     * @param maxPartBytes bytes a part that is parsed may unpack to: a .docx's {@code word/document.xml},
     *            a PDF page's content, form or font
     * @param maxStreamBytes bytes any one stream of a PDF may unpack to, images included
     * @param maxUnpackedBytes bytes all entries of a .docx, or all Flate streams of a PDF, unpack to
     * @param maxParts entries of a .docx
     * @param maxTime processor time for the whole reading, counted on the thread that reads: time the
     *            thread waits for a processor while others work does not count, so that a busy server
     *            does not refuse a long contract (the clock on the wall where the JVM cannot tell)
     */
    record Limits(int maxCharacters, int maxPageCharacters, long maxPartBytes, long maxStreamBytes,
            long maxUnpackedBytes, int maxParts, Duration maxTime) {

        static final Limits DEFAULT = new Limits(500_000, 50_000, 20 * MB, 64 * MB, 256 * MB, 1_000,
                Duration.ofSeconds(4));
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.ThreadMXBean ALLOCATIONS =
            THREADS instanceof com.sun.management.ThreadMXBean allocations
                    && allocations.isThreadAllocatedMemorySupported() ? allocations : null;

    private final String fileName;
    private final Limits limits;
    private final long deadline;
    private long characters;
    private long unpacked;
    private int parts;
    private ContractTooLargeException exceeded;
    private long allocationLimit = -1;
    private long allocationMax;
    private String allocating;

    ExtractionBudget(String fileName, Limits limits) {
        this.fileName = fileName;
        this.limits = limits;
        this.deadline = now() + limits.maxTime().toNanos();
    }

    Limits limits() {
        return limits;
    }

    /** Refuses the file once the time for reading it is up. */
    void checkTime() {
        if (now() - deadline > 0) {
            refuse(ContractTooLargeException.tooSlow(fileName, limits.maxTime().toSeconds()));
        }
    }

    /** Counts characters of extracted text. */
    void addCharacters(int count) {
        characters += count;
        if (characters > limits.maxCharacters()) {
            refuse(ContractTooLargeException.textTooLong(fileName, limits.maxCharacters()));
        }
    }

    /** Checks the characters of one PDF page so far. */
    void checkPageCharacters(int count) {
        if (count > limits.maxPageCharacters()) {
            refuse(ContractTooLargeException.pageTooLong(fileName, limits.maxPageCharacters()));
        }
    }

    /** Counts one more entry of a .docx. */
    void addPart() {
        if (++parts > limits.maxParts()) {
            refuse(ContractTooLargeException.tooManyParts(fileName, limits.maxParts()));
        }
    }

    /** Counts {@code count} more unpacked bytes towards all parts together. */
    void addUnpacked(long count) {
        unpacked += count;
        if (unpacked > limits.maxUnpackedBytes()) {
            refuse(ContractTooLargeException.unpacksTooLarge(fileName, "all its parts together",
                    limits.maxUnpackedBytes()));
        }
    }

    /** Refuses the file when one part, named for the message, has unpacked to more than {@code max}. */
    void checkPartSize(long size, long max, String part) {
        if (size > max) {
            refuse(ContractTooLargeException.unpacksTooLarge(fileName, part, max));
        }
    }

    /**
     * Limits the memory the reading thread allocates from now on to {@code maxBytes}, for a step that
     * unpacks what cannot be checked before (a PDF's object streams while PDFBox opens the file), until
     * {@link #endAllocationLimit()}. {@link #checkAllocation()} refuses the file beyond it. Where the JVM
     * cannot count a thread's allocations, there is no such limit.
     */
    void limitAllocation(long maxBytes, String step) {
        if (ALLOCATIONS != null && ALLOCATIONS.isThreadAllocatedMemoryEnabled()) {
            allocationLimit = ALLOCATIONS.getCurrentThreadAllocatedBytes() + maxBytes;
            allocationMax = maxBytes;
            allocating = step;
        }
    }

    void checkAllocation() {
        if (allocationLimit >= 0 && ALLOCATIONS.getCurrentThreadAllocatedBytes() > allocationLimit) {
            refuse(ContractTooLargeException.unpacksTooLarge(fileName, allocating, allocationMax));
        }
    }

    void endAllocationLimit() {
        allocationLimit = -1;
    }

    /** Throws the refusal of a limit passed before, if any, even if a library caught it. */
    void rethrowIfExceeded() {
        if (exceeded != null) {
            throw exceeded;
        }
    }

    private static long now() {
        return THREADS.isCurrentThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled()
                ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    private void refuse(ContractTooLargeException refusal) {
        if (exceeded == null) {
            exceeded = refusal;
        }
        throw exceeded;
    }
}
