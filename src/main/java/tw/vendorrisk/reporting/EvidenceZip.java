package tw.vendorrisk.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import tw.vendorrisk.common.Csv;
import tw.vendorrisk.document.DocumentStore;

/**
 * The files of an evidence pack, collected before they are zipped, so that the summary can list them
 * with their digests. The ZIP holds the summary first, then the files in the order added, then
 * {@value #MANIFEST}: every file with its size and SHA-256. Names are UTF-8.
 */
final class EvidenceZip {

    static final String SUMMARY = "summary.pdf";
    static final String MANIFEST = "manifest.csv";

    record Entry(String path, byte[] content, String description, String sha256) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Set<String> paths = new HashSet<>();

    /** Adds a file; a path already taken gets a number before its extension. */
    void add(String path, byte[] content, String description) {
        String unique = path;
        for (int n = 2; !paths.add(unique); n++) {
            int dot = path.lastIndexOf('.');
            unique = dot > path.lastIndexOf('/') ? path.substring(0, dot) + "-" + n + path.substring(dot)
                    : path + "-" + n;
        }
        entries.add(new Entry(unique, content, description, DocumentStore.sha256(content)));
    }

    List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** The ZIP: the summary, the files, the manifest. */
    byte[] write(byte[] summary) {
        Entry first = new Entry(SUMMARY, summary, "Summary 摘要", DocumentStore.sha256(summary));
        List<Entry> all = new ArrayList<>();
        all.add(first);
        all.addAll(entries);
        List<List<Object>> manifest = new ArrayList<>();
        manifest.add(List.of("path", "size_bytes", "sha256", "description"));
        all.forEach(entry -> manifest.add(List.of(entry.path(), entry.content().length, entry.sha256(),
                entry.description() == null ? "" : entry.description())));
        all.add(new Entry(MANIFEST, Csv.write(manifest), null, null));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Entry entry : all) {
                zip.putNextEntry(new ZipEntry(entry.path()));
                zip.write(entry.content());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The evidence pack cannot be zipped", e);
        }
        return bytes.toByteArray();
    }

    /** A file name safe inside the ZIP: no folders, no control characters, at most 120 characters. */
    static String safeName(String fileName) {
        String name = fileName == null ? "file" : fileName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = "file";
        }
        return name.length() <= 120 ? name : name.substring(name.length() - 120);
    }
}
