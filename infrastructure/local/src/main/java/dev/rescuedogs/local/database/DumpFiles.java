package dev.rescuedogs.local.database;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** Dump files: gzip when the name ends in {@code .gz}, plain text otherwise. */
final class DumpFiles {

  private DumpFiles() {}

  static OutputStream write(Path file) throws IOException {
    OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
    return gzipped(file) ? new GZIPOutputStream(out, 1 << 16) : out;
  }

  static InputStream read(Path file) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    return gzipped(file) ? new GZIPInputStream(in, 1 << 16) : in;
  }

  private static boolean gzipped(Path file) {
    String name = file.getFileName().toString();
    // The export writes FILE.partial first and renames it when complete.
    return name.endsWith(".gz") || name.endsWith(".gz.partial");
  }
}
