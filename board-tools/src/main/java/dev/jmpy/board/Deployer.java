package dev.jmpy.board;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Copies a board image to a board, rsync-style: only the files whose SHA-256 (computed on the board
 * with {@code hashlib}, or from the file read back where the firmware has no {@code hashlib})
 * differs from the local one.
 *
 * <p>jmpy knows which files it put on the board from its manifest, {@value #MANIFEST} on the board:
 * one line {@code <sha256> <path>} per file of the last deployed image. A file in the manifest that
 * the new image no longer has is removed (if it is still what jmpy wrote; a file changed on the board
 * since is kept, with a warning); a file not in the manifest is never touched, unless the image
 * needs its path (then it is replaced, with a warning). Each file is written to a temporary name
 * and renamed into place, so an interrupted deploy leaves no half-written module.
 */
public final class Deployer {
  /** The board-side record of what jmpy deployed. */
  public static final String MANIFEST = ".jmpy/manifest";
  private static final String MANIFEST_HEADER = "# jmpy deploy manifest 1: <sha256> <path>";
  /** Bytes of a file sent per raw-REPL command (a board compiles each command in its heap). */
  private static final int BYTES_PER_COMMAND = 4096;
  private static final int BYTES_PER_WRITE = 512;

  private final RawRepl repl;

  public Deployer(RawRepl repl) {
    this.repl = repl;
  }

  /** What a deploy did, by path. */
  public record Result(List<String> copied, List<String> removed, List<String> unchanged,
      List<String> warnings, long millis) {

    /** One line for the console, e.g. {@code 1 copied, 0 removed, 7 unchanged in 212 ms}. */
    public String summary() {
      return copied.size() + " copied, " + removed.size() + " removed, " + unchanged.size()
          + " unchanged in " + millis + " ms";
    }
  }

  /** Deploys the board image in {@code image} (interrupting whatever the board runs). */
  public Result deploy(Path image) throws IOException {
    long start = System.nanoTime();
    Map<String, byte[]> files = readImage(image);
    Map<String, String> local = new TreeMap<>();
    files.forEach((path, bytes) -> local.put(path, sha256(bytes)));

    repl.enter();
    repl.run(BOARD_HELPERS);
    Map<String, String> manifest = parseManifest(repl.run(
        "try:\n with open('" + MANIFEST + "') as f:\n  print(f.read(), end='')\n"
            + "except OSError:\n pass\n"));
    List<String> asked = new ArrayList<>(local.keySet());
    for (String path : manifest.keySet()) {
      if (!local.containsKey(path)) {
        asked.add(path);
      }
    }
    Map<String, String> board = boardHashes(asked);

    List<String> copied = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (Map.Entry<String, String> file : local.entrySet()) {
      String path = file.getKey();
      String onBoard = board.get(path);
      if (file.getValue().equals(onBoard)) {
        unchanged.add(path);
        continue;
      }
      if (onBoard != null && !manifest.containsKey(path)) {
        warnings.add("replaced " + path + ", which jmpy had not deployed");
      }
      write(path, files.get(path));
      copied.add(path);
    }
    List<String> emptied = new ArrayList<>();
    for (Map.Entry<String, String> old : manifest.entrySet()) {
      String path = old.getKey();
      if (local.containsKey(path)) {
        continue;
      }
      String onBoard = board.get(path);
      if (onBoard == null) {
        continue; // gone already
      }
      if (!onBoard.equals(old.getValue())) {
        warnings.add("kept " + path + ": jmpy deployed it and no longer generates it, but it was"
            + " changed on the board since");
        continue;
      }
      repl.run("os.remove(" + pyString(path) + ")");
      removed.add(path);
      if (path.contains("/")) {
        emptied.add(path.substring(0, path.lastIndexOf('/')));
      }
    }
    for (String dir : emptied) {
      repl.run("_jmpy_rmdirs(" + pyString(dir) + ")"); // only if empty: a user's file keeps it
    }
    if (!copied.isEmpty() || !removed.isEmpty() || !manifest.equals(local)) {
      StringBuilder text = new StringBuilder(MANIFEST_HEADER).append('\n');
      local.forEach((path, hash) -> text.append(hash).append(' ').append(path).append('\n'));
      write(MANIFEST, text.toString().getBytes(StandardCharsets.UTF_8));
    }
    return new Result(List.copyOf(copied), List.copyOf(removed), List.copyOf(unchanged),
        List.copyOf(warnings), (System.nanoTime() - start) / 1_000_000);
  }

  /** Every file below {@code image}, by its path relative to it with {@code /}. */
  static Map<String, byte[]> readImage(Path image) throws IOException {
    if (!Files.isDirectory(image)) {
      throw new BoardException("no board image at " + image + " (build the project first)");
    }
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(image)) {
      for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
        String path = image.relativize(file).toString().replace('\\', '/');
        if (path.equals(MANIFEST) || path.contains(" ") || path.contains("'")) {
          throw new BoardException("cannot deploy " + file + ": its name would need quoting");
        }
        files.put(path, Files.readAllBytes(file));
      }
    }
    return files;
  }

  /** The helpers the deploy commands call, defined in the raw REPL's globals. */
  private static final String BOARD_HELPERS = """
      import os
      try:
          import hashlib, binascii
      except ImportError:
          hashlib = None
      def _jmpy_hash(p):
          try:
              f = open(p, 'rb')
          except OSError:
              return '-'
          with f:
              if hashlib is None:
                  return 'raw:' + f.read().hex()
              h = hashlib.sha256()
              b = bytearray(256)
              m = memoryview(b)
              while True:
                  n = f.readinto(b)
                  if not n:
                      break
                  h.update(m[:n])
              return binascii.hexlify(h.digest()).decode()
      def _jmpy_mkdirs(d):
          p = ''
          for part in d.split('/'):
              p = p + '/' + part if p else part
              try:
                  os.mkdir(p)
              except OSError:
                  pass
      def _jmpy_replace(t, p):
          try:
              os.remove(p)
          except OSError:
              pass
          os.rename(t, p)
      def _jmpy_rmdirs(d):
          while d:
              try:
                  os.rmdir(d)
              except OSError:
                  return
              d = d[:d.rfind('/')] if '/' in d else ''
      """;

  private Map<String, String> boardHashes(List<String> paths) throws IOException {
    Map<String, String> hashes = new LinkedHashMap<>();
    for (int from = 0; from < paths.size(); from += 32) {
      List<String> part = paths.subList(from, Math.min(paths.size(), from + 32));
      StringBuilder code = new StringBuilder("for p in (");
      for (String path : part) {
        code.append(pyString(path)).append(", ");
      }
      code.append("):\n print(_jmpy_hash(p))\n");
      List<String> lines = repl.run(code.toString()).lines().toList();
      if (lines.size() != part.size()) {
        throw new BoardException("unexpected answer to the hash query: " + lines);
      }
      for (int i = 0; i < part.size(); i++) {
        String answer = lines.get(i).strip();
        if (answer.equals("-")) {
          continue;
        }
        hashes.put(part.get(i), answer.startsWith("raw:")
            ? sha256(HexFormat.of().parseHex(answer.substring(4))) : answer);
      }
    }
    return hashes;
  }

  private void write(String path, byte[] bytes) throws IOException {
    String temp = path + ".jmpy-part";
    String dir = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
    int offset = 0;
    boolean first = true;
    do {
      StringBuilder code = new StringBuilder();
      if (first && !dir.isEmpty()) {
        code.append("_jmpy_mkdirs(").append(pyString(dir)).append(")\n");
      }
      code.append("f = open(").append(pyString(temp)).append(first ? ", 'wb')\n" : ", 'ab')\n");
      int end = Math.min(bytes.length, offset + BYTES_PER_COMMAND);
      for (int i = offset; i < end; i += BYTES_PER_WRITE) {
        code.append("f.write(")
            .append(bytesLiteral(bytes, i, Math.min(end, i + BYTES_PER_WRITE))).append(")\n");
      }
      code.append("f.close()\n");
      if (end == bytes.length) {
        code.append("_jmpy_replace(").append(pyString(temp)).append(", ").append(pyString(path))
            .append(")\n");
      }
      repl.run(code.toString());
      offset = end;
      first = false;
    } while (offset < bytes.length);
  }

  static Map<String, String> parseManifest(String text) {
    Map<String, String> manifest = new TreeMap<>();
    for (String line : text.lines().toList()) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int space = line.indexOf(' ');
      if (space > 0) {
        manifest.put(line.substring(space + 1).strip(), line.substring(0, space));
      }
    }
    return manifest;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String pyString(String s) {
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  /** A Python bytes literal of {@code data[from:to]}: printable ASCII as is, the rest escaped. */
  static String bytesLiteral(byte[] data, int from, int to) {
    StringBuilder s = new StringBuilder(to - from + 3).append("b'");
    for (int i = from; i < to; i++) {
      int c = data[i] & 0xff;
      switch (c) {
        case '\\' -> s.append("\\\\");
        case '\'' -> s.append("\\'");
        case '\n' -> s.append("\\n");
        case '\r' -> s.append("\\r");
        case '\t' -> s.append("\\t");
        default -> {
          if (c >= 32 && c < 127) {
            s.append((char) c);
          } else {
            s.append(String.format("\\x%02x", c));
          }
        }
      }
    }
    return s.append('\'').toString();
  }
}
